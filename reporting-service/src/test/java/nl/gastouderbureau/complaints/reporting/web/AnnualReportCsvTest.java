package nl.gastouderbureau.complaints.reporting.web;

import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.Verdict;
import nl.gastouderbureau.complaints.reporting.facts.CaseFact;
import nl.gastouderbureau.complaints.reporting.facts.CaseFact.CorrectiveActions;
import nl.gastouderbureau.complaints.reporting.query.AnnualReport;
import nl.gastouderbureau.complaints.reporting.query.AnnualReportQuery;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnnualReportCsvTest {

    private static final Instant FILED = Instant.parse("2026-11-06T09:00:00Z");

    @Test
    void oneLinePerKindPerCategoryAndTheTotalUnderDutchHeaders() {
        CaseFact complaint = new CaseFact("case-1", SubmissionKind.COMPLAINT, Channel.WEB_FORM, null, Category.SAFETY,
                FILED, FILED.plus(Duration.ofDays(14)), FILED.plus(Duration.ofMinutes(90)), false, false, true, null,
                Verdict.WELL_FOUNDED, new CorrectiveActions(1, 2, 1), null, null);

        List<String> lines = AnnualReportCsv.write(AnnualReport.compile(new AnnualReportQuery(2026), List.of(complaint)))
                .lines().toList();

        assertThat(lines.get(0)).isEqualTo("Indeling,Sleutel,Ontvangen,Beantwoord,Op tijd beantwoord,Termijn verstreken,"
                + "Wettelijke termijn overschreden,Naar Geschillencommissie,Mediaan uren tot antwoord,P90 uren tot antwoord,"
                + "Gegrond,Deels gegrond,Ongegrond,Overgenomen,Gepland,Niet overgenomen,Ter kennisgeving,"
                + "Verbetermaatregelen open,Verbetermaatregelen afgerond,Verbetermaatregelen te laat");
        assertThat(lines).hasSize(1 + SubmissionKind.values().length + Category.values().length + 1);
        assertThat(lines).contains(
                "soort,IDEA,0,0,0,0,0,0,,,0,0,0,0,0,0,0,0,0,0",
                "soort,COMPLAINT,1,1,1,0,0,1,1.5,1.5,1,0,0,0,0,0,0,1,2,1",
                "categorie,SAFETY,1,1,1,0,0,1,1.5,1.5,1,0,0,0,0,0,0,1,2,1",
                "totaal,2026,1,1,1,0,0,1,1.5,1.5,1,0,0,0,0,0,0,1,2,1");
    }
}
