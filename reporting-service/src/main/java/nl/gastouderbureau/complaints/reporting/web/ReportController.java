package nl.gastouderbureau.complaints.reporting.web;

import nl.gastouderbureau.complaints.reporting.query.AnnualReportQuery;
import nl.gastouderbureau.complaints.reporting.query.AnnualReports;
import nl.gastouderbureau.complaints.reporting.query.ImprovementReports;
import nl.gastouderbureau.complaints.reporting.query.ReportingSettings;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

/** Reports for management (by the shared security rules): counts and durations, never personal data. */
@RestController
public class ReportController {

    private static final String ANNUAL = "/api/v1/reports/annual/{year}";

    private final ImprovementReports improvementReports;
    private final AnnualReports annualReports;
    private final ReportingSettings settings;
    private final Clock clock;

    public ReportController(ImprovementReports improvementReports, AnnualReports annualReports,
                            ReportingSettings settings, Clock clock) {
        this.improvementReports = improvementReports;
        this.annualReports = annualReports;
        this.settings = settings;
        this.clock = clock;
    }

    /** Parameters arrive as text so a bad one is a 400 that names it, not a conversion error. */
    @GetMapping("/api/v1/reports/improvement")
    public ImprovementReportResponse improvement(@RequestParam(required = false) String from,
                                                 @RequestParam(required = false) String to,
                                                 @RequestParam(required = false) String groupBy) {
        LocalDate today = LocalDate.now(clock.withZone(settings.timeZone()));
        return ImprovementReportResponse.of(improvementReports.handle(ReportParameters.parse(from, to, groupBy, today)));
    }

    @GetMapping(path = ANNUAL, produces = MediaType.APPLICATION_JSON_VALUE)
    public AnnualReportResponse annual(@PathVariable String year) {
        return AnnualReportResponse.of(annualReports.handle(annualQuery(year)));
    }

    @GetMapping(path = ANNUAL, produces = AnnualReportCsv.MEDIA_TYPE)
    public ResponseEntity<String> annualCsv(@PathVariable String year) {
        AnnualReportQuery query = annualQuery(year);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"klachtenjaarverslag-" + query.year() + ".csv\"")
                .body(AnnualReportCsv.write(annualReports.handle(query)));
    }

    private static AnnualReportQuery annualQuery(String year) {
        return new AnnualReportQuery(ReportParameters.year(year));
    }
}
