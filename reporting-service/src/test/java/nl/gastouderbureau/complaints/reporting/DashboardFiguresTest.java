package nl.gastouderbureau.complaints.reporting;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.Verdict;
import nl.gastouderbureau.complaints.reporting.facts.CaseFact.CorrectiveActions;
import nl.gastouderbureau.complaints.reporting.facts.CaseFactsRepository;
import nl.gastouderbureau.complaints.reporting.projection.CaseFactsProjection;
import nl.gastouderbureau.complaints.reporting.projection.HandComputedCases;
import nl.gastouderbureau.complaints.reporting.query.Dashboard;
import nl.gastouderbureau.complaints.reporting.query.DashboardQuery;
import nl.gastouderbureau.complaints.reporting.query.Dashboards;
import nl.gastouderbureau.complaints.reporting.query.ReportingSettings;
import nl.gastouderbureau.complaints.testsupport.MemoryMongo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The dashboard over {@link HandComputedCases} plus case H of {@link DashboardCases}
 * (a remark in March, past its term and unanswered), from the events to the figures.
 */
class DashboardFiguresTest {

    @RegisterExtension
    static final MemoryMongo mongo = new MemoryMongo();
    private static Dashboard dashboard;

    @BeforeAll
    static void projectTheCases() {
        MongoDatabase database = mongo.database("reporting");
        database.drop();
        CaseFactsRepository facts = new CaseFactsRepository(database);
        CaseFactsProjection projection = new CaseFactsProjection(facts, new SimpleMeterRegistry());
        DashboardCases.of(2026).forEach(e -> projection.on(HandComputedCases.record(e)));

        dashboard = new Dashboards(facts, new ReportingSettings(ZoneId.of("Europe/Amsterdam")))
                .handle(new DashboardQuery(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")));
    }

    @Test
    void everyMonthOfThePeriodHasAPlaceInTheTrend() {
        assertThat(dashboard.months()).hasSize(12).startsWith("2026-01").endsWith("2026-12");
        assertThat(dashboard.receivedByKind()).isEqualTo(Map.of(
                SubmissionKind.IDEA, monthly(11, 1),
                SubmissionKind.TIP, monthly(11, 1),
                SubmissionKind.REMARK, monthly(3, 1, 11, 1),
                SubmissionKind.INFORMAL_COMPLAINT, monthly(11, 1),
                SubmissionKind.COMPLAINT, monthly(11, 2)));
    }

    @Test
    void onTimeCountsOnlyCasesWithAPromiseWhoseOutcomeIsKnown() {
        assertThat(dashboard.onTime()).as("kept: A, E; measured: A, B, E, F and H (C still in term, D has no promise)")
                .extracting(Dashboard.OnTime::kept, Dashboard.OnTime::measured, Dashboard.OnTime::percent)
                .containsExactly(2L, 5L, 40.0);
        assertThat(dashboard.onTimeByMonth()).extracting(Dashboard.OnTime::key, Dashboard.OnTime::percent)
                .contains(tuple("2026-01", null), tuple("2026-03", 0.0), tuple("2026-11", 50.0));
    }

    @Test
    void openOverdueIsPastTheTermAndStillUnanswered() {
        assertThat(dashboard.openOverdue()).as("H; B and F were answered late").isEqualTo(1);
        assertThat(dashboard.openOverdueByKind()).containsEntry(SubmissionKind.REMARK, 1L).containsEntry(SubmissionKind.TIP, 0L);
    }

    @Test
    void topCategoriesMostFirstThenByName() {
        assertThat(dashboard.topCategories()).extracting(Dashboard.Count::key, Dashboard.Count::count).containsExactly(
                tuple("CARE_QUALITY", 2L), tuple("SAFETY", 2L), tuple("COMMUNICATION", 1L),
                tuple("INVOICING", 1L), tuple("OTHER", 1L));
    }

    @Test
    void verdictsAndCorrectiveActions() {
        assertThat(dashboard.verdicts()).isEqualTo(
                Map.of(Verdict.WELL_FOUNDED, 0L, Verdict.PARTLY_WELL_FOUNDED, 1L, Verdict.UNFOUNDED, 1L));
        assertThat(dashboard.correctiveActions()).isEqualTo(new CorrectiveActions(1, 1, 1));
    }

    /** Twelve monthly counts, zero except where given as month (1 = January), count, month, count… */
    private static List<Long> monthly(int... monthsAndCounts) {
        Long[] months = new Long[12];
        Arrays.fill(months, 0L);
        for (int i = 0; i < monthsAndCounts.length; i += 2) {
            months[monthsAndCounts[i] - 1] = (long) monthsAndCounts[i + 1];
        }
        return List.of(months);
    }
}
