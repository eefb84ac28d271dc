package nl.gastouderbureau.complaints.reporting.query;

import nl.gastouderbureau.complaints.reporting.facts.CaseFact;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How feedback was handled over a period, one row per group that received anything, rows sorted by
 * key (months chronologically). The totals are computed over all cases, not summed from the rows,
 * so the total median is a true median.
 */
public record ImprovementReport(LocalDate from, LocalDate to, GroupBy groupBy, List<Row> rows, Figures totals) {

    public record Row(String key, Figures figures) {
    }

    public static ImprovementReport compile(ImprovementReportQuery query, Collection<CaseFact> facts, ZoneId zone) {
        Map<String, List<CaseFact>> groups = facts.stream()
                .collect(Collectors.groupingBy(f -> query.groupBy().keyOf(f, zone), TreeMap::new, Collectors.toList()));
        List<Row> rows = groups.entrySet().stream()
                .map(group -> new Row(group.getKey(), Figures.of(group.getValue())))
                .toList();
        return new ImprovementReport(query.from(), query.to(), query.groupBy(), rows, Figures.of(facts));
    }
}
