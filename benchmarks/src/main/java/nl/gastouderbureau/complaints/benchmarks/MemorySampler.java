package nl.gastouderbureau.complaints.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The resident memory of each service process, read from {@code /proc/<pid>/status} every half
 * second while the load runs. The processes are found by their jar and port on the command line
 * (the launcher starts each with {@code --server.port=}), so this works for a system started by
 * {@code ./run.sh} as well as for one this run started, also beside other systems on the machine.
 */
final class MemorySampler implements AutoCloseable {

    static final List<String> SERVICES = List.of("intake-service", "case-service", "notification-service", "reporting-service");

    private final Map<String, Integer> ports;
    private final Map<String, Long> idleKb = new LinkedHashMap<>();
    private final Map<String, Long> maxKb = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "rss-sampler");
        thread.setDaemon(true);
        return thread;
    });

    /** @param ports the HTTP port of each service, by artifact name */
    MemorySampler(Map<String, Integer> ports) {
        this.ports = ports;
        for (String service : SERVICES) {
            rssKb(service).ifPresent(kb -> idleKb.put(service, kb));
        }
        sampler.scheduleAtFixedRate(this::sample, 0, 500, TimeUnit.MILLISECONDS);
    }

    /** Resident set size in MB before the load, by service. */
    Map<String, Double> idleMb() {
        Map<String, Double> mb = new LinkedHashMap<>();
        idleKb.forEach((service, kb) -> mb.put(service, kb / 1024.0));
        return mb;
    }

    /** The highest resident set size seen, in MB, by service (absent when its process was not found). */
    Map<String, Double> maxMb() {
        Map<String, Double> mb = new LinkedHashMap<>();
        for (String service : SERVICES) {
            Long kb = maxKb.get(service);
            if (kb != null) {
                mb.put(service, kb / 1024.0);
            }
        }
        return mb;
    }

    private void sample() {
        for (String service : SERVICES) {
            rssKb(service).ifPresent(kb -> maxKb.merge(service, kb, Math::max));
        }
    }

    private Optional<Long> rssKb(String service) {
        Optional<String> pid = Processes.serviceOn(service + ".jar", "--server.port=" + ports.get(service));
        return pid.isPresent() ? readRss(pid.get()) : Optional.empty();
    }

    private static Optional<Long> readRss(String pid) {
        try {
            return Files.readAllLines(Path.of("/proc", pid, "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
