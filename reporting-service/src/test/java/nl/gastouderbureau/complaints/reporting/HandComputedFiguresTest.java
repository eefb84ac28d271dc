package nl.gastouderbureau.complaints.reporting;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.gastouderbureau.complaints.events.FeedbackOutcome;
import nl.gastouderbureau.complaints.events.Verdict;
import nl.gastouderbureau.complaints.reporting.facts.CaseFact.CorrectiveActions;
import nl.gastouderbureau.complaints.reporting.facts.CaseFactsRepository;
import nl.gastouderbureau.complaints.reporting.projection.CaseFactsProjection;
import nl.gastouderbureau.complaints.reporting.projection.HandComputedCases;
import nl.gastouderbureau.complaints.reporting.query.AnnualReport;
import nl.gastouderbureau.complaints.reporting.query.AnnualReportQuery;
import nl.gastouderbureau.complaints.reporting.query.AnnualReports;
import nl.gastouderbureau.complaints.reporting.query.Figures;
import nl.gastouderbureau.complaints.reporting.query.GroupBy;
import nl.gastouderbureau.complaints.reporting.query.ImprovementReport;
import nl.gastouderbureau.complaints.reporting.query.ImprovementReportQuery;
import nl.gastouderbureau.complaints.reporting.query.ImprovementReports;
import nl.gastouderbureau.complaints.reporting.query.ReportingSettings;
import nl.gastouderbureau.complaints.testsupport.MemoryMongo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The reports over {@link HandComputedCases}, delivered with redeliveries, from the events through
 * the projection and the store to the figures, each checked against a number worked out by hand.
 */
class HandComputedFiguresTest {

    @RegisterExtension
    static final MemoryMongo mongo = new MemoryMongo();
    private static ImprovementReports improvementReports;
    private static AnnualReports annualReports;

    @BeforeAll
    static void projectTheCases() {
        MongoDatabase database = mongo.database("reporting");
        database.drop();
        CaseFactsRepository facts = new CaseFactsRepository(database);
        CaseFactsProjection projection = new CaseFactsProjection(facts, new SimpleMeterRegistry());
        new HandComputedCases(2026).withRedeliveries().forEach(e -> projection.on(HandComputedCases.record(e)));

        ReportingSettings settings = new ReportingSettings(ZoneId.of("Europe/Amsterdam"));
        improvementReports = new ImprovementReports(facts, settings);
        annualReports = new AnnualReports(facts, settings);
    }

    @Test
    void theYearsTotals() {
        Figures totals = annual().totals();

        assertThat(totals.received()).as("A–F; G falls in the next year").isEqualTo(6);
        assertThat(totals.responded()).as("A, B, D, E, F").isEqualTo(5);
        assertThat(totals.respondedOnTime()).as("A, and E within its extension").isEqualTo(2);
        assertThat(totals.overdue()).as("B, F").isEqualTo(2);
        assertThat(totals.legalLimitExceeded()).as("F").isEqualTo(1);
        assertThat(totals.referredExternally()).as("F").isEqualTo(1);
        assertThat(totals.medianHoursToRespond()).as("10, 48, [360], 480, 1032").isEqualTo(360.0);
        assertThat(totals.p90HoursToRespond()).as("rank ceil(0.9 × 5) = 5").isEqualTo(1032.0);
        assertThat(totals.verdicts()).isEqualTo(Map.of(Verdict.WELL_FOUNDED, 0L, Verdict.PARTLY_WELL_FOUNDED, 1L, Verdict.UNFOUNDED, 1L));
        assertThat(totals.outcomes()).isEqualTo(Map.of(FeedbackOutcome.ADOPTED, 1L, FeedbackOutcome.PLANNED, 0L,
                FeedbackOutcome.NOT_ADOPTED, 0L, FeedbackOutcome.NOTED, 1L));
        assertThat(totals.correctiveActions()).isEqualTo(new CorrectiveActions(1, 1, 1));
        assertThat(totals.personalContacts()).as("A and C asked; A was called; C's went overdue; D's call was unasked")
                .isEqualTo(new Figures.PersonalContacts(2, 1, 1));
    }

    @Test
    void perKind() {
        Map<String, Figures> byKind = annual().byKind().stream()
                .collect(Collectors.toMap(ImprovementReport.Row::key, ImprovementReport.Row::figures));

        assertThat(annual().byKind()).extracting(ImprovementReport.Row::key)
                .containsExactly("IDEA", "TIP", "REMARK", "INFORMAL_COMPLAINT", "COMPLAINT");
        assertThat(byKind.get("IDEA")).extracting(Figures::received, Figures::respondedOnTime, Figures::medianHoursToRespond)
                .containsExactly(1L, 1L, 10.0);
        assertThat(byKind.get("TIP")).extracting(Figures::responded, Figures::respondedOnTime, Figures::overdue)
                .containsExactly(1L, 0L, 1L);
        assertThat(byKind.get("REMARK")).extracting(Figures::received, Figures::responded, Figures::medianHoursToRespond)
                .containsExactly(1L, 0L, null);
        assertThat(byKind.get("IDEA").personalContacts()).isEqualTo(new Figures.PersonalContacts(1, 1, 0));
        assertThat(byKind.get("REMARK").personalContacts()).isEqualTo(new Figures.PersonalContacts(1, 0, 1));
        assertThat(byKind.get("INFORMAL_COMPLAINT").personalContacts()).isEqualTo(new Figures.PersonalContacts(0, 0, 0));
        assertThat(byKind.get("INFORMAL_COMPLAINT")).extracting(Figures::responded, Figures::respondedOnTime, Figures::medianHoursToRespond)
                .containsExactly(1L, 0L, 48.0);
        Figures complaints = byKind.get("COMPLAINT");
        assertThat(complaints).extracting(Figures::received, Figures::responded, Figures::respondedOnTime, Figures::overdue,
                        Figures::legalLimitExceeded, Figures::referredExternally)
                .containsExactly(2L, 2L, 1L, 1L, 1L, 1L);
        assertThat(complaints.medianHoursToRespond()).as("(480 + 1032) / 2").isEqualTo(756.0);
        assertThat(complaints.p90HoursToRespond()).as("rank ceil(0.9 × 2) = 2").isEqualTo(1032.0);
        assertThat(complaints.correctiveActions()).isEqualTo(new CorrectiveActions(1, 1, 1));
    }

    @Test
    void perCategoryAfterReclassification() {
        Map<String, Long> received = annual().byCategory().stream()
                .collect(Collectors.toMap(ImprovementReport.Row::key, r -> r.figures().received()));

        assertThat(received).containsEntry("CARE_QUALITY", 2L).containsEntry("COMMUNICATION", 1L)
                .containsEntry("SAFETY", 2L).containsEntry("OTHER", 1L).containsEntry("INVOICING", 0L)
                .doesNotContainKey(GroupBy.UNCATEGORISED);
    }

    @Test
    void theImprovementReportCountsTheSameCases() {
        ImprovementReport byMonth = improvementReports.handle(new ImprovementReportQuery(
                LocalDate.parse("2026-01-01"), LocalDate.parse("2027-12-31"), GroupBy.MONTH));

        assertThat(byMonth.rows()).extracting(ImprovementReport.Row::key).containsExactly("2026-11", "2027-01");
        assertThat(byMonth.rows().get(0).figures()).isEqualTo(annual().totals());
        assertThat(byMonth.totals().received()).isEqualTo(7);

        ImprovementReport byChannel = improvementReports.handle(new ImprovementReportQuery(
                LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"), GroupBy.CHANNEL));
        assertThat(byChannel.rows()).extracting(ImprovementReport.Row::key, r -> r.figures().received())
                .containsExactly(tuple("EMAIL", 1L), tuple("PHONE", 2L),
                        tuple("WEB_FORM", 3L));
    }

    private static AnnualReport annual() {
        return annualReports.handle(new AnnualReportQuery(2026));
    }
}
