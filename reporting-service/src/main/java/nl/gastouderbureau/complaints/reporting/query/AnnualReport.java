package nl.gastouderbureau.complaints.reporting.query;

import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.reporting.facts.CaseFact;
import nl.gastouderbureau.complaints.reporting.query.ImprovementReport.Row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The annual complaints report: the cases received in one calendar year (in the agency's time
 * zone), whatever happened to them since, per kind and per category. Every kind and category has a
 * row, zero or not, so one year's table lines up with the next; unclassified cases get an
 * {@code UNCATEGORISED} row only when there are any.
 */
public record AnnualReport(int year, List<Row> byKind, List<Row> byCategory, Figures totals) {

    public LocalDate from() {
        return LocalDate.of(year, 1, 1);
    }

    public LocalDate to() {
        return LocalDate.of(year, 12, 31);
    }

    public static AnnualReport compile(AnnualReportQuery query, Collection<CaseFact> facts) {
        List<Row> byKind = new ArrayList<>();
        for (SubmissionKind kind : SubmissionKind.values()) {
            byKind.add(new Row(kind.name(), Figures.of(facts.stream().filter(f -> f.kind() == kind).toList())));
        }
        List<Row> byCategory = new ArrayList<>();
        for (Category category : Category.values()) {
            byCategory.add(new Row(category.name(), Figures.of(facts.stream().filter(f -> f.category() == category).toList())));
        }
        List<CaseFact> uncategorised = facts.stream().filter(f -> f.category() == null).toList();
        if (!uncategorised.isEmpty()) {
            byCategory.add(new Row(GroupBy.UNCATEGORISED, Figures.of(uncategorised)));
        }
        return new AnnualReport(query.year(), List.copyOf(byKind), List.copyOf(byCategory), Figures.of(facts));
    }
}
