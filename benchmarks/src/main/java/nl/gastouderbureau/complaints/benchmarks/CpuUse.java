package nl.gastouderbureau.complaints.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where the machine's CPU went during a figure: the busy share of all cores from {@code /proc/stat},
 * and each process's user and system time from {@code /proc/<pid>/stat}, as cores used on
 * average. The processes are the four services, this JVM (the load generator, and with
 * {@code --start-local-system} also Kafka, the MongoDB stand-in and the SMTP catcher), and every
 * PostgreSQL process. When the machine is near all its cores busy, the figure is held back by the
 * CPU, and the split says who used it.
 */
final class CpuUse {

    /** Linux reports process and machine times in clock ticks of 1/100 s (USER_HZ) on every common architecture. */
    private static final double TICKS_PER_SECOND = 100.0;
    private static final String HARNESS = "harness JVM";
    private static final String POSTGRES = "PostgreSQL";

    /** A moment's counters: busy ticks of the machine and of each process group, and when. */
    record Mark(long nanos, long machineBusyTicks, Map<String, Long> ticks) {
    }

    private final Map<String, Integer> ports;
    private final int cores = Runtime.getRuntime().availableProcessors();

    /** @param ports the HTTP port of each service, by artifact name */
    CpuUse(Map<String, Integer> ports) {
        this.ports = ports;
    }

    Mark mark() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        ports.forEach((service, port) -> Processes.serviceOn(service + ".jar", "--server.port=" + port)
                .flatMap(CpuUse::processTicks)
                .ifPresent(used -> ticks.put(service, used)));
        processTicks(Long.toString(ProcessHandle.current().pid())).ifPresent(used -> ticks.put(HARNESS, used));
        ticks.put(POSTGRES, postgresTicks());
        return new Mark(System.nanoTime(), machineBusyTicks().orElse(0L), ticks);
    }

    /** For a note: e.g. "machine 1.96 of 2 cores busy; intake-service 0.61, …" over the time since {@code start}. */
    String since(Mark start) {
        Mark end = mark();
        double seconds = (end.nanos() - start.nanos()) / 1e9;
        String split = end.ticks().entrySet().stream()
                .filter(entry -> start.ticks().containsKey(entry.getKey()))
                .map(entry -> String.format(Locale.ROOT, "%s %.2f", entry.getKey(),
                        // PostgreSQL's sum drops when a backend ends during the figure.
                        cores(Math.max(0, entry.getValue() - start.ticks().get(entry.getKey())), seconds)))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "machine %.2f of %d cores busy; %s (cores, over %.0f s)",
                cores(end.machineBusyTicks() - start.machineBusyTicks(), seconds), cores, split, seconds);
    }

    private static double cores(long ticks, double seconds) {
        return seconds <= 0 ? 0 : ticks / TICKS_PER_SECOND / seconds;
    }

    /** utime + stime of a process: fields 14 and 15 of its stat line, counted after the command in brackets. */
    static Optional<Long> processTicks(String pid) {
        try {
            return Optional.of(ticksOfStatLine(Files.readString(Path.of("/proc", pid, "stat"))));
        } catch (IOException | RuntimeException gone) {
            return Optional.empty();
        }
    }

    static long ticksOfStatLine(String line) {
        // The command may contain spaces and brackets; the fields after its last ')' start at field 3 (state).
        String[] fields = line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** All CPU time but idle and I/O wait, summed over the cores, from the first line of {@code /proc/stat}. */
    static Optional<Long> machineBusyTicks() {
        try {
            return Optional.of(busyTicksOfCpuLine(Files.readAllLines(Path.of("/proc/stat")).get(0)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static long busyTicksOfCpuLine(String line) {
        String[] fields = line.trim().split("\\s+");
        long busy = 0;
        // cpu user nice system idle iowait irq softirq steal (guest time is already in user)
        for (int i = 1; i <= Math.min(8, fields.length - 1); i++) {
            if (i != 4 && i != 5) {
                busy += Long.parseLong(fields[i]);
            }
        }
        return busy;
    }

    private static long postgresTicks() {
        return Processes.named("postgres").stream().mapToLong(pid -> processTicks(pid).orElse(0L)).sum();
    }
}
