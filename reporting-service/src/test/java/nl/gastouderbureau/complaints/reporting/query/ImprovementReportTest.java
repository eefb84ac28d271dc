package nl.gastouderbureau.complaints.reporting.query;

import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.reporting.facts.CaseFact;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static nl.gastouderbureau.complaints.reporting.query.CaseFacts.received;
import static nl.gastouderbureau.complaints.reporting.query.CaseFacts.respondedAfter;
import static org.assertj.core.api.Assertions.assertThat;

class ImprovementReportTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void groupsByMonthOfReceiptInTheAgencysTimeZoneInCalendarOrder() {
        List<CaseFact> facts = List.of(
                received("2026-12-01T10:00:00Z"),
                received("2026-10-31T23:30:00Z"),
                received("2026-10-31T22:30:00Z"),
                received("2026-11-15T10:00:00Z"));

        ImprovementReport report = compile(GroupBy.MONTH, facts);

        assertThat(report.rows()).extracting(ImprovementReport.Row::key).containsExactly("2026-10", "2026-11", "2026-12");
        assertThat(report.rows()).extracting(r -> r.figures().received()).containsExactly(1L, 2L, 1L);
        assertThat(report.totals().received()).isEqualTo(4);
    }

    @Test
    void groupsByDayIsoWeekQuarterAndYearOfReceiptInTheAgencysTimeZone() {
        List<CaseFact> facts = List.of(
                received("2026-12-31T23:30:00Z"),
                received("2026-12-28T10:00:00Z"),
                received("2026-03-31T22:30:00Z"),
                received("2026-01-01T10:00:00Z"));

        assertThat(keys(GroupBy.DAY, facts)).containsExactly("2026-01-01", "2026-04-01", "2026-12-28", "2027-01-01");
        assertThat(keys(GroupBy.WEEK, facts)).as("1 January 2026 is in ISO week 1, 1 January 2027 in week 53 of 2026")
                .containsExactly("2026-W01", "2026-W14", "2026-W53");
        assertThat(compile(GroupBy.WEEK, facts).rows()).extracting(r -> r.figures().received()).containsExactly(1L, 1L, 2L);
        assertThat(keys(GroupBy.QUARTER, facts)).containsExactly("2026-Q1", "2026-Q2", "2026-Q4", "2027-Q1");
        assertThat(keys(GroupBy.YEAR, facts)).containsExactly("2026", "2027");
    }

    @Test
    void countsUnclassifiedCasesAsUncategorised() {
        List<CaseFact> facts = List.of(
                received("2026-11-01T10:00:00Z", SubmissionKind.TIP, Category.SAFETY),
                received("2026-11-02T10:00:00Z", SubmissionKind.TIP, null),
                received("2026-11-03T10:00:00Z", SubmissionKind.IDEA, null));

        ImprovementReport report = compile(GroupBy.CATEGORY, facts);

        assertThat(report.rows()).extracting(ImprovementReport.Row::key).containsExactly("SAFETY", "UNCATEGORISED");
        assertThat(report.rows()).extracting(r -> r.figures().received()).containsExactly(1L, 2L);
    }

    @Test
    void groupsByKindSubmitterRoleAndChannel() {
        List<CaseFact> facts = List.of(
                received("2026-11-01T10:00:00Z", SubmissionKind.TIP, null),
                received("2026-11-02T10:00:00Z", SubmissionKind.IDEA, null),
                received("2026-11-03T10:00:00Z", SubmissionKind.IDEA, null));

        assertThat(compile(GroupBy.KIND, facts).rows()).extracting(ImprovementReport.Row::key).containsExactly("IDEA", "TIP");
        assertThat(compile(GroupBy.SUBMITTER_ROLE, facts).rows()).extracting(ImprovementReport.Row::key).containsExactly("PARENT");
        assertThat(compile(GroupBy.CHANNEL, facts).rows()).extracting(ImprovementReport.Row::key).containsExactly("WEB_FORM");
    }

    @Test
    void theTotalMedianIsTheMedianOfAllResponsesNotOfTheRows() {
        List<CaseFact> facts = List.of(
                respondedAfter(received("2026-10-01T10:00:00Z"), Duration.ofHours(1), true),
                respondedAfter(received("2026-10-02T10:00:00Z"), Duration.ofHours(2), true),
                respondedAfter(received("2026-10-03T10:00:00Z"), Duration.ofHours(3), true),
                respondedAfter(received("2026-11-01T10:00:00Z"), Duration.ofHours(100), true));

        ImprovementReport report = compile(GroupBy.MONTH, facts);

        assertThat(report.rows()).extracting(r -> r.figures().medianHoursToRespond()).containsExactly(2.0, 100.0);
        assertThat(report.totals().medianHoursToRespond()).isEqualTo(2.5);
    }

    @Test
    void anEmptyPeriodHasNoRowsAndZeroTotals() {
        ImprovementReport report = compile(GroupBy.MONTH, List.of());

        assertThat(report.rows()).isEmpty();
        assertThat(report.totals()).isEqualTo(Figures.NONE);
    }

    private static List<String> keys(GroupBy groupBy, List<CaseFact> facts) {
        return compile(groupBy, facts).rows().stream().map(ImprovementReport.Row::key).toList();
    }

    private static ImprovementReport compile(GroupBy groupBy, List<CaseFact> facts) {
        ImprovementReportQuery query = new ImprovementReportQuery(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), groupBy);
        return ImprovementReport.compile(query, facts, AMSTERDAM);
    }
}
