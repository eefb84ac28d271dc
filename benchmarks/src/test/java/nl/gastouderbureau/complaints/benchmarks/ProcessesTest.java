package nl.gastouderbureau.complaints.benchmarks;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessesTest {

    @Test
    void findsThisJvmByItsCommandNameAndNoServiceThatDoesNotRun() throws Exception {
        String pid = Long.toString(ProcessHandle.current().pid());
        String name = Files.readString(Path.of("/proc", pid, "comm")).strip();

        assertThat(Processes.named(name)).contains(pid);
        assertThat(Processes.serviceOn("no-such-service.jar", "--server.port=1")).isEmpty();
    }
}
