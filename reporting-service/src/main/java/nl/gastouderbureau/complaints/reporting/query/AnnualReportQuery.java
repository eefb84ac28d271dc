package nl.gastouderbureau.complaints.reporting.query;

/** The annual complaints report over the cases received in {@code year}. */
public record AnnualReportQuery(int year) {
}
