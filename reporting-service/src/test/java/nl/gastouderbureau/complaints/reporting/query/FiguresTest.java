package nl.gastouderbureau.complaints.reporting.query;

import nl.gastouderbureau.complaints.events.FeedbackOutcome;
import nl.gastouderbureau.complaints.events.Verdict;
import nl.gastouderbureau.complaints.reporting.facts.CaseFact;
import nl.gastouderbureau.complaints.reporting.facts.CaseFact.CorrectiveActions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static nl.gastouderbureau.complaints.reporting.query.CaseFacts.decided;
import static nl.gastouderbureau.complaints.reporting.query.CaseFacts.overdueAndReferred;
import static nl.gastouderbureau.complaints.reporting.query.CaseFacts.received;
import static nl.gastouderbureau.complaints.reporting.query.CaseFacts.respondedAfter;
import static nl.gastouderbureau.complaints.reporting.query.CaseFacts.withOutcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class FiguresTest {

    @Test
    void countsWhatHappenedToTheCases() {
        List<CaseFact> facts = List.of(
                respondedAfter(received("2026-11-02T09:00:00Z"), Duration.ofHours(10), true),
                respondedAfter(overdueAndReferred(received("2026-11-03T09:00:00Z")), Duration.ofDays(20), false),
                received("2026-11-04T09:00:00Z"));

        Figures figures = Figures.of(facts);

        assertThat(figures.received()).isEqualTo(3);
        assertThat(figures.responded()).isEqualTo(2);
        assertThat(figures.respondedOnTime()).isEqualTo(1);
        assertThat(figures.overdue()).isEqualTo(1);
        assertThat(figures.referredExternally()).isEqualTo(1);
    }

    @Test
    void theMedianOfAnOddNumberOfResponsesIsTheMiddleOne() {
        assertThat(Figures.of(responsesAfterHours(30, 2, 500)).medianHoursToRespond()).isEqualTo(30.0);
    }

    @Test
    void theMedianOfAnEvenNumberOfResponsesIsTheMeanOfTheMiddleTwo() {
        assertThat(Figures.of(responsesAfterHours(10, 1, 13, 400)).medianHoursToRespond()).isEqualTo(11.5);
    }

    @Test
    void theMedianIsRoundedToOneDecimalAndIgnoresCasesWithoutResponse() {
        List<CaseFact> facts = List.of(
                respondedAfter(received("2026-11-02T09:00:00Z"), Duration.ofMinutes(100), true),
                received("2026-11-03T09:00:00Z"));

        assertThat(Figures.of(facts).medianHoursToRespond()).isEqualTo(1.7);
    }

    @Test
    void thereIsNoMedianWithoutResponses() {
        assertThat(Figures.of(List.of(received("2026-11-02T09:00:00Z"))).medianHoursToRespond()).isNull();
        assertThat(Figures.of(List.of())).isEqualTo(Figures.NONE);
        assertThat(Figures.NONE.p90HoursToRespond()).isNull();
        assertThat(Figures.NONE.verdicts()).containsOnlyKeys(Verdict.values()).allSatisfy((verdict, count) -> assertThat(count).isZero());
    }

    @Test
    void theNinetiethPercentileIsTheNearestRank() {
        assertThat(Figures.of(responsesAfterHours(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)).p90HoursToRespond()).isEqualTo(9.0);
        assertThat(Figures.of(responsesAfterHours(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)).p90HoursToRespond()).isEqualTo(10.0);
        assertThat(Figures.of(responsesAfterHours(7)).p90HoursToRespond()).isEqualTo(7.0);
    }

    @Test
    void countsVerdictsOutcomesAndCorrectiveActions() {
        List<CaseFact> facts = List.of(
                withOutcome(received("2026-11-02T09:00:00Z"), FeedbackOutcome.PLANNED),
                withOutcome(received("2026-11-03T09:00:00Z"), FeedbackOutcome.PLANNED),
                decided(received("2026-11-04T09:00:00Z"), Verdict.WELL_FOUNDED, new CorrectiveActions(1, 2, 1)),
                decided(received("2026-11-05T09:00:00Z"), Verdict.PARTLY_WELL_FOUNDED, new CorrectiveActions(0, 1, 0)),
                decided(received("2026-11-06T09:00:00Z"), Verdict.UNFOUNDED, CorrectiveActions.NONE));

        Figures figures = Figures.of(facts);

        assertThat(figures.outcomes()).containsExactly(entry(FeedbackOutcome.ADOPTED, 0L), entry(FeedbackOutcome.PLANNED, 2L),
                entry(FeedbackOutcome.NOT_ADOPTED, 0L), entry(FeedbackOutcome.NOTED, 0L));
        assertThat(figures.verdicts()).containsExactly(entry(Verdict.WELL_FOUNDED, 1L),
                entry(Verdict.PARTLY_WELL_FOUNDED, 1L), entry(Verdict.UNFOUNDED, 1L));
        assertThat(figures.correctiveActions()).isEqualTo(new CorrectiveActions(1, 3, 1));
    }

    @Test
    void aResponseExactlyAtTheDeadlineIsOnTime() {
        CaseFact atTheDeadline = respondedAfter(received("2026-11-02T09:00:00Z"), Duration.ofDays(14), true);

        assertThat(atTheDeadline.respondedAt()).isEqualTo(atTheDeadline.respondBy());
        assertThat(Figures.of(List.of(atTheDeadline)).respondedOnTime()).isEqualTo(1);
    }

    private static List<CaseFact> responsesAfterHours(long... hours) {
        return java.util.stream.IntStream.range(0, hours.length)
                .mapToObj(i -> respondedAfter(received(String.format("2026-11-%02dT09:00:00Z", i + 1)), Duration.ofHours(hours[i]), true))
                .toList();
    }
}
