package nl.gastouderbureau.complaints.reporting.query;

import java.time.LocalDate;

/** Cases received from {@code from} to {@code to}, both days included, split by {@code groupBy}. */
public record ImprovementReportQuery(LocalDate from, LocalDate to, GroupBy groupBy) {
}
