package nl.gastouderbureau.complaints.benchmarks;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsTest {

    @Test
    void theFullProfileHasTheDurationsAndRatesOfTheTargetsAndTheFixedPorts() {
        Settings settings = Settings.parse();

        assertThat(settings.profile()).isEqualTo("full");
        assertThat(settings.intake()).isEqualTo(URI.create("http://localhost:8081"));
        assertThat(settings.kafka()).isEqualTo("localhost:9092");
        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/cases");
        assertThat(settings.warmUp()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.intakeDuration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.latencyRate()).isEqualTo(500);
        assertThat(settings.endToEndRate()).isEqualTo(100);
        assertThat(settings.endToEndDuration()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.commandClients()).isEqualTo(8);
        assertThat(settings.growthSizes()).containsExactly(100_000, 1_000_000);
    }

    @Test
    void aProfileIsShortenedAndEachValueOverriddenOnItsOwn() {
        Settings settings = Settings.parse("--profile=smoke", "--e2e-rate=20", "--case-url=http://localhost:9999",
                "--growth-sizes=10,20,30", "--warm-up=PT0S", "--start-local-system");

        assertThat(settings.startLocalSystem()).isTrue();
        assertThat(settings.intakeDuration()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.endToEndRate()).isEqualTo(20);
        assertThat(settings.cases()).isEqualTo(URI.create("http://localhost:9999"));
        assertThat(settings.growthSizes()).isEqualTo(List.of(10, 20, 30));
        assertThat(settings.warmUp()).isZero();
    }

    @Test
    void anUnknownOptionIsRefusedWithTheUsage() {
        assertThatThrownBy(() -> Settings.parse("--intake-rate=5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--intake-rate").hasMessageContaining("Usage");
        assertThatThrownBy(() -> Settings.parse("--profile=huge")).hasMessageContaining("full");
    }
}
