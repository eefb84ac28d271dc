package nl.gastouderbureau.complaints.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the numbers were measured on. */
final class MachineFacts {

    private MachineFacts() {
    }

    static Map<String, String> collect() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        facts.put("cpu", firstValue(Path.of("/proc/cpuinfo"), "model name").orElse("unknown"));
        facts.put("memory", firstValue(Path.of("/proc/meminfo"), "MemTotal")
                .map(kb -> String.format("%.1f GiB", Long.parseLong(kb.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                .orElse("unknown"));
        facts.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + ")");
        facts.put("load average", loadAverage());
        facts.put("os", firstValue(Path.of("/etc/os-release"), "PRETTY_NAME").map(v -> v.replace("\"", "")).orElse(System.getProperty("os.name"))
                + ", kernel " + System.getProperty("os.version"));
        return facts;
    }

    /** The 1, 5 and 15 minute load averages: on a shared machine, what else ran beside the benchmark. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static Optional<String> firstValue(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream()
                    .filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(line.contains(":") ? ':' : '=') + 1).strip())
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
