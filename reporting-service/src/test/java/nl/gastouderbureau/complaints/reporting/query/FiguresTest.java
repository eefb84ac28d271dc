package nl.gastouderbureau.complaints.reporting.query;

import nl.gastouderbureau.complaints.reporting.facts.CaseFact;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static nl.gastouderbureau.complaints.reporting.query.CaseFacts.overdueAndReferred;
import static nl.gastouderbureau.complaints.reporting.query.CaseFacts.received;
import static nl.gastouderbureau.complaints.reporting.query.CaseFacts.respondedAfter;
import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(Figures.of(List.of())).isEqualTo(new Figures(0, 0, 0, 0, 0, null));
    }

    private static List<CaseFact> responsesAfterHours(long... hours) {
        return java.util.stream.IntStream.range(0, hours.length)
                .mapToObj(i -> respondedAfter(received("2026-11-0" + (i + 1) + "T09:00:00Z"), Duration.ofHours(hours[i]), true))
                .toList();
    }
}
