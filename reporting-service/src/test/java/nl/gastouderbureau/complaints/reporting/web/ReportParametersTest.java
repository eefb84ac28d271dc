package nl.gastouderbureau.complaints.reporting.web;

import nl.gastouderbureau.complaints.reporting.query.GroupBy;
import nl.gastouderbureau.complaints.reporting.query.ImprovementReportQuery;
import nl.gastouderbureau.complaints.support.web.FieldProblem;
import nl.gastouderbureau.complaints.support.web.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportParametersTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");

    @Test
    void withoutParametersReportsTheLastTwelveMonthsByMonth() {
        assertThat(ReportParameters.parse(null, null, null, TODAY)).isEqualTo(
                new ImprovementReportQuery(LocalDate.parse("2025-12-01"), TODAY, GroupBy.MONTH));
    }

    @Test
    void takesTheGivenPeriodAndGrouping() {
        assertThat(ReportParameters.parse("2026-01-01", "2026-06-30", "submitterRole", TODAY)).isEqualTo(
                new ImprovementReportQuery(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-06-30"), GroupBy.SUBMITTER_ROLE));
        assertThat(ReportParameters.parse(null, "2026-06-30", "CATEGORY", TODAY)).isEqualTo(
                new ImprovementReportQuery(LocalDate.parse("2025-07-01"), LocalDate.parse("2026-06-30"), GroupBy.CATEGORY));
        assertThat(ReportParameters.parse("2026-11-24", null, "channel", TODAY).to()).isEqualTo(TODAY);
    }

    @Test
    void aSingleDayIsAPeriod() {
        assertThat(ReportParameters.parse("2026-11-24", "2026-11-24", null, TODAY).from()).isEqualTo(TODAY);
    }

    @Test
    void namesEveryBadParameter() {
        assertThatThrownBy(() -> ReportParameters.parse("24-11-2026", "2026-13-01", "fortnight", TODAY))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("from", "to", "groupBy"));
    }

    @Test
    void groupsByEveryPeriod() {
        assertThat(Stream.of("day", "week", "month", "quarter", "year")
                .map(g -> ReportParameters.parse(null, null, g, TODAY).groupBy()))
                .containsExactly(GroupBy.DAY, GroupBy.WEEK, GroupBy.MONTH, GroupBy.QUARTER, GroupBy.YEAR);
    }

    @Test
    void anAnnualReportIsForAFourDigitYear() {
        assertThat(ReportParameters.year("2026")).isEqualTo(2026);
        for (String bad : new String[] {"26", "20266", "last", " "}) {
            assertThatThrownBy(() -> ReportParameters.year(bad))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                            .extracting(FieldProblem::field).containsExactly("year"));
        }
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> ReportParameters.parse("2026-11-25", null, null, TODAY))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("from"));
    }
}
