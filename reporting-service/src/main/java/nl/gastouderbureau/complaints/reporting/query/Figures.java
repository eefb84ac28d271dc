package nl.gastouderbureau.complaints.reporting.query;

import nl.gastouderbureau.complaints.events.FeedbackOutcome;
import nl.gastouderbureau.complaints.events.Verdict;
import nl.gastouderbureau.complaints.reporting.facts.CaseFact;
import nl.gastouderbureau.complaints.reporting.facts.CaseFact.CorrectiveActions;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The counts of one row of a report, or of all of it. A response is the feedback response, the
 * informal conversation or the decision on a formal complaint.
 *
 * @param respondedOnTime      responses that kept the case's promise (an informal complaint has none)
 * @param medianHoursToRespond from receipt to response over the responded cases, to one decimal;
 *                             null when none was responded to
 * @param p90HoursToRespond    the 90th percentile of the same hours (nearest rank: a duration that
 *                             actually occurred), to one decimal; null when none was responded to
 * @param verdicts             every verdict, zero included, so a table's columns stay put
 * @param outcomes             every feedback outcome, zero included
 * @param personalContacts     contact requests (F6), and of those how many were made and how many went overdue
 */
public record Figures(long received, long responded, long respondedOnTime, long overdue,
                      long referredExternally, Double medianHoursToRespond, Double p90HoursToRespond,
                      long legalLimitExceeded, Map<Verdict, Long> verdicts, Map<FeedbackOutcome, Long> outcomes,
                      CorrectiveActions correctiveActions, PersonalContacts personalContacts) {

    /** A contact nobody asked for is in no count: these measure the promise to contact whoever asks. */
    public record PersonalContacts(long requested, long made, long overdue) {

        static PersonalContacts of(Collection<CaseFact> facts) {
            List<CaseFact.PersonalContact> requested = facts.stream().map(CaseFact::personalContact)
                    .filter(CaseFact.PersonalContact::requested).toList();
            return new PersonalContacts(requested.size(),
                    requested.stream().filter(CaseFact.PersonalContact::made).count(),
                    requested.stream().filter(CaseFact.PersonalContact::overdue).count());
        }
    }

    public static final Figures NONE = of(List.of());

    public static Figures of(Collection<CaseFact> facts) {
        double[] hours = hoursToRespond(facts);
        return new Figures(
                facts.size(),
                facts.stream().filter(CaseFact::responded).count(),
                facts.stream().filter(f -> Boolean.TRUE.equals(f.respondedOnTime())).count(),
                facts.stream().filter(CaseFact::overdue).count(),
                facts.stream().filter(CaseFact::referredExternally).count(),
                median(hours),
                percentile(hours, 90),
                facts.stream().filter(CaseFact::legalLimitExceeded).count(),
                countBy(facts, Verdict.class, CaseFact::verdict),
                countBy(facts, FeedbackOutcome.class, CaseFact::outcome),
                facts.stream().map(CaseFact::correctiveActions).reduce(CorrectiveActions.NONE, CorrectiveActions::plus),
                PersonalContacts.of(facts));
    }

    private static double[] hoursToRespond(Collection<CaseFact> facts) {
        return facts.stream()
                .filter(CaseFact::responded)
                .mapToDouble(f -> Duration.between(f.receivedAt(), f.respondedAt()).toSeconds() / 3600.0)
                .sorted()
                .toArray();
    }

    static Double median(double[] sorted) {
        if (sorted.length == 0) {
            return null;
        }
        int middle = sorted.length / 2;
        return rounded(sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2);
    }

    static Double percentile(double[] sorted, int percent) {
        if (sorted.length == 0) {
            return null;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return rounded(sorted[Math.max(rank, 1) - 1]);
    }

    private static <E extends Enum<E>> Map<E, Long> countBy(Collection<CaseFact> facts, Class<E> type,
                                                           Function<CaseFact, E> value) {
        Map<E, Long> counts = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            counts.put(constant, 0L);
        }
        facts.stream().map(value).filter(Objects::nonNull).forEach(v -> counts.merge(v, 1L, Long::sum));
        return Collections.unmodifiableMap(counts);
    }

    private static double rounded(double hours) {
        return Math.round(hours * 10) / 10.0;
    }
}
