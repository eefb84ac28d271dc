package nl.gastouderbureau.complaints.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The processes on this machine, as {@code /proc} lists them, found by what they run. */
final class Processes {

    private Processes() {
    }

    /** A service started as {@code java … -jar …/<jar> … <portArgument>}, e.g. {@code --server.port=8081}. */
    static Optional<String> serviceOn(String jar, String portArgument) {
        return matching(process -> {
            List<String> arguments = List.of(new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8)
                    .split("\u0000"));
            return arguments.stream().anyMatch(a -> a.endsWith("/" + jar) || a.equals(jar)) && arguments.contains(portArgument);
        }).stream().findFirst();
    }

    /** Every process whose command name (its {@code comm}) is {@code name}, e.g. {@code postgres}. */
    static List<String> named(String name) {
        return matching(process -> Files.readString(process.resolve("comm")).strip().equals(name));
    }

    private interface Test {
        boolean matches(Path process) throws IOException;
    }

    private static List<String> matching(Test test) {
        List<String> pids = new ArrayList<>();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                try {
                    if (test.matches(process)) {
                        pids.add(String.valueOf(process.getFileName()));
                    }
                } catch (IOException gone) {
                    // The process ended while we looked.
                }
            }
        } catch (IOException e) {
            // No /proc to read: no process is found.
        }
        return pids;
    }
}
