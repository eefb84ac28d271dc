package nl.gastouderbureau.complaints.reporting.query;

import nl.gastouderbureau.complaints.reporting.facts.CaseFact;

import java.time.Duration;
import java.util.Collection;

/**
 * The counts of one row of an improvement report, or of all of it.
 *
 * @param medianHoursToRespond from receipt to response over the responded cases, to one decimal;
 *                             null when none was responded to
 */
public record Figures(long received, long responded, long respondedOnTime, long overdue,
                      long referredExternally, Double medianHoursToRespond) {

    public static Figures of(Collection<CaseFact> facts) {
        return new Figures(
                facts.size(),
                facts.stream().filter(CaseFact::responded).count(),
                facts.stream().filter(f -> Boolean.TRUE.equals(f.respondedOnTime())).count(),
                facts.stream().filter(CaseFact::overdue).count(),
                facts.stream().filter(CaseFact::referredExternally).count(),
                medianHoursToRespond(facts));
    }

    static Double medianHoursToRespond(Collection<CaseFact> facts) {
        double[] hours = facts.stream()
                .filter(CaseFact::responded)
                .mapToDouble(f -> Duration.between(f.receivedAt(), f.respondedAt()).toSeconds() / 3600.0)
                .sorted()
                .toArray();
        if (hours.length == 0) {
            return null;
        }
        int middle = hours.length / 2;
        double median = hours.length % 2 == 1 ? hours[middle] : (hours[middle - 1] + hours[middle]) / 2;
        return Math.round(median * 10) / 10.0;
    }
}
