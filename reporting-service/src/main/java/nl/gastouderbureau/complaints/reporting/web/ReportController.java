package nl.gastouderbureau.complaints.reporting.web;

import nl.gastouderbureau.complaints.reporting.query.ImprovementReports;
import nl.gastouderbureau.complaints.reporting.query.ReportingSettings;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;

/** Reports for management (by the shared security rules): counts and durations, never personal data. */
@RestController
public class ReportController {

    private final ImprovementReports reports;
    private final ReportingSettings settings;
    private final Clock clock;

    public ReportController(ImprovementReports reports, ReportingSettings settings, Clock clock) {
        this.reports = reports;
        this.settings = settings;
        this.clock = clock;
    }

    /** Parameters arrive as text so a bad one is a 400 that names it, not a conversion error. */
    @GetMapping("/api/v1/reports/improvement")
    public ImprovementReportResponse improvement(@RequestParam(required = false) String from,
                                                 @RequestParam(required = false) String to,
                                                 @RequestParam(required = false) String groupBy) {
        LocalDate today = LocalDate.now(clock.withZone(settings.timeZone()));
        return ImprovementReportResponse.of(reports.handle(ReportParameters.parse(from, to, groupBy, today)));
    }
}
