package nl.gastouderbureau.complaints.benchmarks;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run measures and against what, from {@code --name=value} arguments over the defaults
 * of a profile: {@code full} has the durations and rates of the targets, {@code smoke} shortens
 * everything so a run takes a few minutes. Every default can be overridden on its own.
 */
public record Settings(String profile, boolean startLocalSystem, Path root, Path resultsDir,
                       URI intake, URI cases, URI notifications, URI reporting,
                       String kafka, String jdbcUrl, String jdbcUser, String jdbcPassword, String mongoUri, Path mailDir,
                       Duration warmUp, Duration intakeDuration, int intakeClients,
                       int latencyRate, Duration latencyDuration,
                       int endToEndRate, Duration endToEndDuration,
                       int commandClients, int commandCases, Duration commandDuration,
                       Duration ceilingDuration, int ceilingClients, int recordBytes,
                       List<Integer> growthSizes, Duration settleTimeout) {

    static final Map<String, Map<String, String>> PROFILES = Map.of(
            "full", Map.ofEntries(
                    Map.entry("warm-up", "PT60S"), Map.entry("intake-duration", "PT60S"), Map.entry("intake-clients", "64"),
                    Map.entry("latency-rate", "500"), Map.entry("latency-duration", "PT60S"),
                    Map.entry("e2e-rate", "100"), Map.entry("e2e-duration", "PT5M"),
                    Map.entry("command-clients", "8"), Map.entry("command-cases", "800"), Map.entry("command-duration", "PT60S"),
                    Map.entry("ceiling-duration", "PT20S"), Map.entry("ceiling-clients", "8"),
                    Map.entry("growth-sizes", "100000,1000000"), Map.entry("settle-timeout", "PT30M")),
            "smoke", Map.ofEntries(
                    Map.entry("warm-up", "PT20S"), Map.entry("intake-duration", "PT10S"), Map.entry("intake-clients", "16"),
                    Map.entry("latency-rate", "100"), Map.entry("latency-duration", "PT10S"),
                    Map.entry("e2e-rate", "20"), Map.entry("e2e-duration", "PT15S"),
                    Map.entry("command-clients", "8"), Map.entry("command-cases", "40"), Map.entry("command-duration", "PT10S"),
                    Map.entry("ceiling-duration", "PT3S"), Map.entry("ceiling-clients", "8"),
                    Map.entry("growth-sizes", "2000,6000"), Map.entry("settle-timeout", "PT5M")));

    private static final Map<String, String> ENDPOINTS = Map.ofEntries(
            Map.entry("intake-url", "http://localhost:8081"), Map.entry("case-url", "http://localhost:8082"),
            Map.entry("notification-url", "http://localhost:8083"), Map.entry("reporting-url", "http://localhost:8084"),
            Map.entry("kafka", "localhost:9092"),
            // What the launcher gives the case service: the superuser on trust authentication, database "cases".
            Map.entry("jdbc-url", "jdbc:postgresql://localhost:5432/cases"), Map.entry("jdbc-user", "postgres"),
            Map.entry("jdbc-password", "postgres"), Map.entry("mongo-uri", "mongodb://localhost:27017"),
            Map.entry("mail-dir", ".local-data/mail"), Map.entry("root", "."), Map.entry("results-dir", "benchmarks/results"),
            Map.entry("record-bytes", "0"));

    public static Settings parse(String... args) {
        Map<String, String> given = new LinkedHashMap<>();
        boolean start = false;
        for (String arg : args) {
            if (arg.equals("--start-local-system")) {
                start = true;
            } else if (arg.startsWith("--") && arg.contains("=")) {
                given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else {
                throw new IllegalArgumentException("Not an option: " + arg + "\n" + usage());
            }
        }
        String profile = given.getOrDefault("profile", "full");
        if (!PROFILES.containsKey(profile)) {
            throw new IllegalArgumentException("--profile must be one of " + PROFILES.keySet());
        }
        Map<String, String> values = new HashMap<>(ENDPOINTS);
        values.putAll(PROFILES.get(profile));
        given.keySet().stream()
                .filter(name -> !name.equals("profile") && !values.containsKey(name))
                .findFirst()
                .ifPresent(name -> {
                    throw new IllegalArgumentException("Unknown option --" + name + "\n" + usage());
                });
        values.putAll(given);
        Path root = Path.of(values.get("root")).toAbsolutePath().normalize();
        return new Settings(profile, start, root, root.resolve(values.get("results-dir")),
                URI.create(values.get("intake-url")), URI.create(values.get("case-url")),
                URI.create(values.get("notification-url")), URI.create(values.get("reporting-url")),
                values.get("kafka"), values.get("jdbc-url"), values.get("jdbc-user"), values.get("jdbc-password"),
                values.get("mongo-uri"), root.resolve(values.get("mail-dir")),
                Duration.parse(values.get("warm-up")), Duration.parse(values.get("intake-duration")), Integer.parseInt(values.get("intake-clients")),
                Integer.parseInt(values.get("latency-rate")), Duration.parse(values.get("latency-duration")),
                Integer.parseInt(values.get("e2e-rate")), Duration.parse(values.get("e2e-duration")),
                Integer.parseInt(values.get("command-clients")), Integer.parseInt(values.get("command-cases")),
                Duration.parse(values.get("command-duration")),
                Duration.parse(values.get("ceiling-duration")), Integer.parseInt(values.get("ceiling-clients")),
                Integer.parseInt(values.get("record-bytes")),
                Arrays.stream(values.get("growth-sizes").split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .map(Integer::parseInt).toList(),
                Duration.parse(values.get("settle-timeout")));
    }

    /** The same settings pointed at a system started elsewhere (a private one on random ports). */
    public Settings at(URI intake, URI cases, URI notifications, URI reporting, String kafka, String jdbcUrl,
                       String jdbcUser, String jdbcPassword, String mongoUri, Path mailDir) {
        return new Settings(profile, startLocalSystem, root, resultsDir, intake, cases, notifications, reporting, kafka,
                jdbcUrl, jdbcUser, jdbcPassword, mongoUri, mailDir, warmUp, intakeDuration, intakeClients, latencyRate,
                latencyDuration, endToEndRate, endToEndDuration, commandClients, commandCases, commandDuration,
                ceilingDuration, ceilingClients, recordBytes, growthSizes, settleTimeout);
    }

    static String usage() {
        return """
                Usage: java -jar benchmarks/target/benchmarks.jar [--profile=full|smoke] [--start-local-system] [--name=value …]
                  endpoints (default: the fixed ports of ./run.sh): --intake-url --case-url --notification-url --reporting-url
                    --kafka --jdbc-url --jdbc-user --jdbc-password --mongo-uri --mail-dir (the SMTP catcher's .eml files)
                  durations (ISO-8601, e.g. PT60S) and rates: --warm-up (PT0S for none) --intake-duration --intake-clients --latency-rate --latency-duration
                    --e2e-rate --e2e-duration --command-clients --command-cases --command-duration --ceiling-duration
                    --ceiling-clients --growth-sizes=100000,1000000 --settle-timeout
                  --record-bytes: size of the raw Kafka ceiling's records (default: a real SubmissionReceived's size)
                  --root (project directory, default .), --results-dir (default benchmarks/results)""";
    }
}
