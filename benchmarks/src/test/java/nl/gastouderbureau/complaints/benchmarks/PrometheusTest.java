package nl.gastouderbureau.complaints.benchmarks;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PrometheusTest {

    private static final String SCRAPE = """
            # HELP complaints_submissions_accepted_total
            # TYPE complaints_submissions_accepted_total counter
            complaints_submissions_accepted_total{application="intake-service",kind="IDEA"} 12.0
            complaints_submissions_accepted_total{application="intake-service",kind="TIP"} 3.0
            complaints_cases_commands_seconds_count{application="case-service",command="CategoriseCaseCommand",outcome="success"} 40
            complaints_cases_commands_seconds_count{application="case-service",command="CategoriseCaseCommand",outcome="refused"} 2
            complaints_kafka_consumer_lag{group="reporting-service",topic="cases.events.v1"} 0.0
            process_uptime_seconds 120.5
            odd_label{text="a, \\"quoted\\" = value"} 1
            """;

    @Test
    void samplesAreSummedOverTheLabelsAsked() {
        Prometheus scrape = Prometheus.parse(SCRAPE);

        assertThat(scrape.sum("complaints_submissions_accepted_total")).isEqualTo(15.0);
        assertThat(scrape.sum("complaints_submissions_accepted_total", Map.of("kind", "TIP"))).isEqualTo(3.0);
        assertThat(scrape.sum("complaints_cases_commands_seconds_count",
                Map.of("command", "CategoriseCaseCommand", "outcome", "success"))).isEqualTo(40.0);
        assertThat(scrape.sum("process_uptime_seconds")).isEqualTo(120.5);
        assertThat(scrape.sum("odd_label", Map.of("text", "a, \"quoted\" = value"))).isEqualTo(1.0);
        assertThat(scrape.sum("no_such_metric")).isZero();
        assertThat(scrape.has("complaints_kafka_consumer_lag")).isTrue();
    }
}
