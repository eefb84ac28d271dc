package nl.gastouderbureau.complaints.reporting.web;

import nl.gastouderbureau.complaints.reporting.query.Dashboard;
import nl.gastouderbureau.complaints.reporting.query.DashboardQuery;
import nl.gastouderbureau.complaints.reporting.query.Dashboards;
import nl.gastouderbureau.complaints.reporting.query.ImprovementReportQuery;
import nl.gastouderbureau.complaints.reporting.query.ReportingSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The management dashboard (MANAGEMENT only, by the shared security rules): server-rendered tables
 * with the figures, and the same figures as Chart.js configurations in each canvas's
 * {@code data-chart} attribute. Embedding them keeps the page on its login session (the API
 * wants HTTP Basic on every call) and keeps inline script out of the page.
 */
@Controller
public class DashboardController {

    private final Dashboards dashboards;
    private final ReportingSettings settings;
    private final Clock clock;
    private final MessageSource messages;
    private final JsonMapper json;
    private final String chartScript;

    public DashboardController(Dashboards dashboards, ReportingSettings settings, Clock clock, MessageSource messages,
                               JsonMapper json, @Value("${complaints.dashboard.chart-script}") String chartScript) {
        this.dashboards = dashboards;
        this.settings = settings;
        this.clock = clock;
        this.messages = messages;
        this.json = json;
        this.chartScript = chartScript;
    }

    /** The period is chosen as for the improvement report: by default this month and the eleven before it. */
    @GetMapping("/reports/dashboard")
    public String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                            Model model, Locale locale) {
        LocalDate today = LocalDate.now(clock.withZone(settings.timeZone()));
        ImprovementReportQuery period = ReportParameters.parse(from, to, null, today);
        Dashboard dashboard = dashboards.handle(new DashboardQuery(period.from(), period.to()));
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("charts", new DashboardCharts(dashboard, messages, locale, json));
        model.addAttribute("chartScript", chartScript);
        return "dashboard";
    }
}
