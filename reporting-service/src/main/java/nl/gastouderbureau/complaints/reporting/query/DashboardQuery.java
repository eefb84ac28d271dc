package nl.gastouderbureau.complaints.reporting.query;

import java.time.LocalDate;

/** The management dashboard over the cases received from {@code from} to {@code to}, both days included. */
public record DashboardQuery(LocalDate from, LocalDate to) {
}
