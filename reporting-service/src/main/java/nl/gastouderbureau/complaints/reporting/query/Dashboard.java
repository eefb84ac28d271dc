package nl.gastouderbureau.complaints.reporting.query;

import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.Verdict;
import nl.gastouderbureau.complaints.reporting.facts.CaseFact;
import nl.gastouderbureau.complaints.reporting.facts.CaseFact.CorrectiveActions;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What the management dashboard shows about the cases received in a period: the same facts and
 * the same calendar as the improvement report, cut for charts. Every month of the period has a
 * place, empty or not, so the trend line has no gaps.
 *
 * @param receivedByKind    per kind, the cases received in each of {@code months}
 * @param onTimeByMonth     the two-week promise per month of receipt; {@code onTime} over the period
 * @param openOverdueByKind cases whose promise passed and that still have no answer
 * @param topCategories     the most frequent categories (latest classification), most first
 */
public record Dashboard(LocalDate from, LocalDate to, List<String> months,
                        Map<SubmissionKind, List<Long>> receivedByKind,
                        List<OnTime> onTimeByMonth, OnTime onTime,
                        Map<SubmissionKind, Long> openOverdueByKind, long openOverdue,
                        List<Count> topCategories, Map<Verdict, Long> verdicts,
                        CorrectiveActions correctiveActions) {

    static final int TOP_CATEGORIES = 5;

    /**
     * How often the promise was kept. Measured are the cases that have a promise (feedback and formal
     * complaints, not informal ones) and whose outcome is known: answered, or the promise passed.
     * Cases still within their term are left out, so a young month is not shown as failing.
     */
    public record OnTime(String key, long kept, long measured) {

        /** Kept as a percentage of measured, to one decimal; null when nothing was measured. */
        public Double percent() {
            return measured == 0 ? null : Math.round(kept * 1000.0 / measured) / 10.0;
        }

        static OnTime of(String key, Collection<CaseFact> facts) {
            return new OnTime(key,
                    facts.stream().filter(f -> Boolean.TRUE.equals(f.respondedOnTime())).count(),
                    facts.stream().filter(f -> f.respondBy() != null && (f.responded() || f.overdue())).count());
        }
    }

    public record Count(String key, long count) {
    }

    public static Dashboard compile(DashboardQuery query, Collection<CaseFact> facts, ZoneId zone) {
        List<String> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(query.from()); !month.isAfter(YearMonth.from(query.to())); month = month.plusMonths(1)) {
            months.add(month.toString());
        }
        Map<String, List<CaseFact>> byMonth = facts.stream().collect(Collectors.groupingBy(f -> GroupBy.MONTH.keyOf(f, zone)));

        Map<SubmissionKind, List<Long>> receivedByKind = new EnumMap<>(SubmissionKind.class);
        for (SubmissionKind kind : SubmissionKind.values()) {
            receivedByKind.put(kind, months.stream()
                    .map(month -> count(byMonth.getOrDefault(month, List.of()), f -> f.kind() == kind))
                    .toList());
        }
        List<OnTime> onTimeByMonth = months.stream()
                .map(month -> OnTime.of(month, byMonth.getOrDefault(month, List.of())))
                .toList();

        Predicate<CaseFact> openOverdue = f -> f.overdue() && !f.responded();
        Map<SubmissionKind, Long> openOverdueByKind = new EnumMap<>(SubmissionKind.class);
        for (SubmissionKind kind : SubmissionKind.values()) {
            openOverdueByKind.put(kind, count(facts, openOverdue.and(f -> f.kind() == kind)));
        }

        List<Count> topCategories = facts.stream()
                .collect(Collectors.groupingBy(f -> GroupBy.CATEGORY.keyOf(f, zone), Collectors.counting()))
                .entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::key))
                .limit(TOP_CATEGORIES)
                .toList();

        Figures totals = Figures.of(facts);
        return new Dashboard(query.from(), query.to(), List.copyOf(months), receivedByKind,
                onTimeByMonth, OnTime.of("total", facts), openOverdueByKind, count(facts, openOverdue),
                topCategories, totals.verdicts(), totals.correctiveActions());
    }

    private static long count(Collection<CaseFact> facts, Predicate<CaseFact> which) {
        return facts.stream().filter(which).count();
    }
}
