package nl.gastouderbureau.complaints.reporting.web;

import nl.gastouderbureau.complaints.reporting.query.AnnualReport;
import nl.gastouderbureau.complaints.reporting.web.ImprovementReportResponse.Row;
import nl.gastouderbureau.complaints.reporting.web.ImprovementReportResponse.Totals;

import java.time.LocalDate;
import java.util.List;

/** The annual complaints report in JSON: the same row figures as the improvement report. */
public record AnnualReportResponse(int year, LocalDate from, LocalDate to, List<Row> byKind, List<Row> byCategory,
                                   Totals totals) {

    static AnnualReportResponse of(AnnualReport report) {
        return new AnnualReportResponse(report.year(), report.from(), report.to(),
                report.byKind().stream().map(r -> Row.of(r.key(), r.figures())).toList(),
                report.byCategory().stream().map(r -> Row.of(r.key(), r.figures())).toList(),
                Totals.of(report.totals()));
    }
}
