package nl.gastouderbureau.complaints.reporting.web;

import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.Verdict;
import nl.gastouderbureau.complaints.reporting.facts.CaseFact.CorrectiveActions;
import nl.gastouderbureau.complaints.reporting.query.Dashboard;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Each chart of the dashboard as a Chart.js configuration in JSON, labels in the visitor's
 * language. Only counts, percentages and translated enum names go in, never anything a person wrote.
 */
public class DashboardCharts {

    private final Dashboard dashboard;
    private final MessageSource messages;
    private final Locale locale;
    private final JsonMapper json;

    DashboardCharts(Dashboard dashboard, MessageSource messages, Locale locale, JsonMapper json) {
        this.dashboard = dashboard;
        this.messages = messages;
        this.locale = locale;
        this.json = json;
    }

    public String trend() {
        List<Map<String, Object>> datasets = new ArrayList<>();
        dashboard.receivedByKind().forEach((kind, counts) -> datasets.add(dataset(text("kind." + kind), counts)));
        return chart("line", dashboard.months(), datasets, counts());
    }

    public String onTime() {
        return chart("bar", dashboard.months(),
                List.of(dataset(text("dashboard.onTime.percent"), dashboard.onTimeByMonth().stream().map(Dashboard.OnTime::percent).toList())),
                Map.of("scales", Map.of("y", Map.of("min", 0, "max", 100))));
    }

    public String openOverdue() {
        return chart("bar", kinds(), List.of(dataset(text("dashboard.openOverdue.count"),
                Arrays.stream(SubmissionKind.values()).map(dashboard.openOverdueByKind()::get).toList())), counts());
    }

    public String categories() {
        return chart("bar", dashboard.topCategories().stream().map(c -> text("category." + c.key())).toList(),
                List.of(dataset(text("dashboard.received"), dashboard.topCategories().stream().map(Dashboard.Count::count).toList())),
                Map.of("indexAxis", "y", "scales", Map.of("x", Map.of("beginAtZero", true, "ticks", Map.of("precision", 0)))));
    }

    public String verdicts() {
        return chart("bar", Arrays.stream(Verdict.values()).map(v -> text("verdict." + v)).toList(),
                List.of(dataset(text("dashboard.verdicts.count"),
                        Arrays.stream(Verdict.values()).map(dashboard.verdicts()::get).toList())), counts());
    }

    public String correctiveActions() {
        CorrectiveActions actions = dashboard.correctiveActions();
        return chart("bar", List.of(text("actions.open"), text("actions.done"), text("actions.overdue")),
                List.of(dataset(text("dashboard.actions.count"), List.of(actions.open(), actions.done(), actions.overdue()))),
                counts());
    }

    private List<String> kinds() {
        return Arrays.stream(SubmissionKind.values()).map(k -> text("kind." + k)).toList();
    }

    private static Map<String, Object> counts() {
        return Map.of("scales", Map.of("y", Map.of("beginAtZero", true, "ticks", Map.of("precision", 0))));
    }

    private static Map<String, Object> dataset(String label, List<?> data) {
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("label", label);
        dataset.put("data", data);
        return dataset;
    }

    private String chart(String type, List<String> labels, List<Map<String, Object>> datasets, Map<String, Object> options) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", labels);
        data.put("datasets", datasets);
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("type", type);
        chart.put("data", data);
        chart.put("options", options);
        return json.writeValueAsString(chart);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, locale);
    }
}
