package nl.gastouderbureau.complaints.benchmarks;

import nl.gastouderbureau.complaints.benchmarks.Figure.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTest {

    private final List<Figure> figures = List.of(
            Figure.of("intake: accepted submissions per second", Target.atLeast(2000), 1500, "/s", "raw Kafka", 20_000.0, "64 clients"),
            Figure.of("intake latency: p99", Target.atMost(50), 12.5, "ms", "raw send p99", 2.5, null),
            Figure.of("replay", Target.atLeast(5000), Double.NaN, "events/s", null, null, "failed: | pipe"));

    @Test
    void eachFigureIsJudgedAgainstItsTargetAndComparedWithItsCeiling() {
        assertThat(figures.get(0).met()).isFalse();
        assertThat(figures.get(0).ratio()).isEqualTo(0.075);
        assertThat(figures.get(1).met()).isTrue();
        assertThat(figures.get(1).ratioText()).isEqualTo("5.00×");
        assertThat(figures.get(2).met()).isNull();
    }

    @Test
    void theMarkdownTableAndTheCsvHoldEveryFigureAndTheMachine(@TempDir Path dir) throws Exception {
        Report report = new Report("smoke", Instant.parse("2026-11-25T10:00:00Z"), Map.of("cores", "2"), figures, List.of("a note"));

        Path written = report.write(dir);

        String md = Files.readString(written);
        assertThat(written.getFileName().toString()).isEqualTo("20261125-100000-smoke.md");
        assertThat(md).contains("- cores: 2",
                "| intake: accepted submissions per second | ≥ 2,000 /s | 1,500 /s | NO | 20,000 /s (raw Kafka) | 0.08× | 64 clients |",
                "| intake latency: p99 | ≤ 50.0 ms | 12.5 ms | yes | 2.5 ms (raw send p99) | 5.00× |  |",
                "| replay | ≥ 5,000 events/s | not measured | — | — | — | failed: \\| pipe |",
                "- a note");
        assertThat(Files.readString(dir.resolve("latest.md"))).isEqualTo(md);
        List<String> csv = Files.readAllLines(dir.resolve("latest.csv"));
        assertThat(csv.get(0)).isEqualTo("figure,target,measured,unit,met,ceiling_name,ceiling,ratio,note");
        assertThat(csv.get(1)).isEqualTo("\"intake: accepted submissions per second\",\"≥ 2,000 /s\",1500.0,\"/s\",false,\"raw Kafka\",20000.0,0.0750,\"64 clients\"");
        assertThat(csv).contains("\"machine: cores\",,,,,,,,\"2\"");
    }
}
