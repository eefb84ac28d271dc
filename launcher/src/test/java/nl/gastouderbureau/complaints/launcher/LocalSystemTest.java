package nl.gastouderbureau.complaints.launcher;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import nl.gastouderbureau.complaints.launcher.LocalSystem.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSystemTest {

    @Test
    void withoutTheServiceJarsNothingStartsAndTheMessageSaysHowToBuildThem(@TempDir Path root) {
        assertThatThrownBy(() -> LocalSystem.start(Options.defaults(root)))
                .hasMessageContaining(root.resolve("intake-service/target/intake-service.jar").toString())
                .hasMessageContaining("./mvnw -DskipTests package");
    }
}
