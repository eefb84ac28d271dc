package nl.gastouderbureau.complaints.benchmarks;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The services' own counters at {@code /actuator/prometheus}, scraped before and after the run,
 * against what the harness counted itself. A mismatch means one of the two miscounts.
 */
final class CrossCheck {

    record Comparison(String what, long harness, long service) {

        boolean matches() {
            return harness == service;
        }

        @Override
        public String toString() {
            return String.format("%s: harness %d, service %d%s", what, harness, service, matches() ? "" : "  <-- MISMATCH");
        }
    }

    private final Http http;
    private final Map<String, URI> services;
    private final Map<String, Prometheus> before = new LinkedHashMap<>();
    private final List<Comparison> comparisons = new ArrayList<>();
    private final List<String> observations = new ArrayList<>();

    CrossCheck(Http http, Map<String, URI> services) {
        this.http = http;
        this.services = services;
        services.forEach((name, url) -> before.put(name, scrape(url)));
    }

    /** The change of a counter since the start, summed over the samples whose labels match. */
    long delta(Prometheus after, String service, String metric, Map<String, String> labels) {
        return Math.round(after.sum(metric, labels) - before.get(service).sum(metric, labels));
    }

    Map<String, Prometheus> scrapeAll() {
        Map<String, Prometheus> after = new LinkedHashMap<>();
        services.forEach((name, url) -> after.put(name, scrape(url)));
        return after;
    }

    void compare(String what, long harness, long service) {
        comparisons.add(new Comparison(what, harness, service));
    }

    void observe(String text) {
        observations.add(text);
    }

    List<Comparison> comparisons() {
        return comparisons;
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        comparisons.forEach(c -> lines.add("cross-check " + c));
        observations.forEach(o -> lines.add("observed " + o));
        return lines;
    }

    private Prometheus scrape(URI url) {
        try {
            return Prometheus.parse(http.text(url, "/actuator/prometheus"));
        } catch (RuntimeException e) {
            System.err.println("Could not scrape " + url + ": " + e.getMessage());
            return Prometheus.empty();
        }
    }
}
