package nl.gastouderbureau.complaints.benchmarks;

import nl.gastouderbureau.complaints.benchmarks.Figure.Target;
import nl.gastouderbureau.complaints.events.Topics;
import nl.gastouderbureau.complaints.launcher.LocalSystem;
import nl.gastouderbureau.complaints.launcher.Service;
import org.apache.kafka.clients.admin.Admin;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every figure of the performance targets in one run against a running local system, with the
 * raw ceilings of the same infrastructure, written as a Markdown table and a CSV file under
 * {@code benchmarks/results/}. See {@link Settings#usage()}.
 */
public final class Benchmarks {

    /** Micrometer's timer of the JVM's stop-the-world collections, as Prometheus names it. */
    private static final String GC_PAUSES = "jvm_gc_pause_seconds";

    private final Settings settings;
    private final Http http = new Http();
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final AtomicLong accepted = new AtomicLong();
    /** Warm-up submissions with an address that were accepted: each is acknowledged by mail too. */
    private final AtomicLong warmUpMailed = new AtomicLong();

    private Benchmarks(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        Settings settings;
        try {
            settings = Settings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Path logs = settings.startLocalSystem() ? privateDataDir() : Files.createTempDirectory("complaints-benchmarks-");
        // Kafka's clients and the in-process infrastructure log plenty: to a file, errors only on the terminal.
        System.setProperty("complaints.logs", logs.resolve("logs").toString());
        System.setProperty("logback.configurationFile", "benchmarks-logback.xml");
        LocalSystem system = null;
        try {
            if (settings.startLocalSystem()) {
                System.out.println("Starting a private local system on random ports, data in " + logs);
                system = LocalSystem.start(new LocalSystem.Options(settings.root(), logs, true));
                settings = settings.at(system.url(Service.INTAKE), system.url(Service.CASE), system.url(Service.NOTIFICATION),
                        system.url(Service.REPORTING), system.kafkaBootstrapServers(), system.casesJdbcUrl(), "postgres",
                        "postgres", system.mongoUri(""), system.mail().storeDirectory());
            }
            new Benchmarks(settings).run();
        } finally {
            if (system != null) {
                system.close();
                removeDataKeepingLogs(logs);
            }
        }
        System.exit(0);
    }

    /** A private system's data is of no further use; its logs are, when a figure needs explaining. */
    private static void removeDataKeepingLogs(Path dir) {
        for (String data : List.of("kafka", "postgres", "mongo", "mail")) {
            Path path = dir.resolve(data);
            if (Files.exists(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
                } catch (IOException e) {
                    System.err.println("Could not remove " + path + ": " + e.getMessage());
                }
            }
        }
        System.out.println("The private system's logs are in " + dir.resolve("logs"));
    }

    /** PostgreSQL runs as nobody when this runs as root, and must be able to enter the data directory. */
    private static Path privateDataDir() throws IOException {
        Path dir = Files.createTempDirectory("complaints-benchmarks-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        return dir;
    }

    private void run() throws Exception {
        Instant startedAt = Instant.now();
        Map<String, String> machine = MachineFacts.collect();
        String machineLoadAtStart = machine.get("load average");
        machine.put("profile", settings.profile() + (settings.startLocalSystem() ? ", private local system on random ports" : ", system at the configured endpoints"));
        machine.forEach((key, value) -> System.out.printf("%-8s %s%n", key, value));
        Map<String, URI> services = new LinkedHashMap<>();
        services.put("intake", settings.intake());
        services.put("case", settings.cases());
        services.put("notification", settings.notifications());
        services.put("reporting", settings.reporting());
        services.forEach((name, url) -> http.text(url, "/actuator/health"));

        Map<String, Integer> ports = servicePorts();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", settings.kafka()));
             MemorySampler memory = new MemorySampler(ports)) {
            CpuUse cpu = new CpuUse(ports);
            Quiet quiet = new Quiet(admin, http, settings.cases());
            CrossCheck check = new CrossCheck(http, services);
            settle(quiet, "before the run");

            Ceilings ceilings = new Ceilings(settings, admin);
            step("raw ceilings: Kafka, PostgreSQL, MongoDB protocol");
            Ceilings.Measured kafka = ceilings.kafkaThroughput();
            Ceilings.Measured kafkaSend = ceilings.kafkaSingleSend();
            Ceilings.Measured postgres = ceilings.postgresInserts();
            Ceilings.Measured mongo = ceilings.mongoInserts();
            ceilings.removeTopic();
            report("Kafka async acks=all", kafka);
            report("Kafka one send at a time", kafkaSend);
            report("PostgreSQL single-row inserts", postgres);
            report("MongoDB-protocol insertOne", mongo);

            IntakeClient intake = new IntakeClient(http, settings.intake());
            warmUp(intake);
            settle(quiet, "after the warm-up");
            CpuUse.Mark mark = cpu.mark();
            measureIntakeThroughput(intake, kafka);
            cpuNote(cpu, mark, "the intake throughput");
            settle(quiet, "after the intake throughput");
            mark = cpu.mark();
            measureIntakeLatency(intake, kafkaSend, mongo);
            cpuNote(cpu, mark, "the intake latency");
            settle(quiet, "after the intake latency");
            Load.Outcome commands = measureCaseCommands(intake, quiet, postgres, cpu);
            settle(quiet, "after the case commands");
            mark = cpu.mark();
            EndToEnd.Result endToEnd = measureEndToEnd(intake, check, kafkaSend, postgres, mongo);
            cpuNote(cpu, mark, "the end-to-end run, its settling included");
            settle(quiet, "after the end-to-end run");
            crossCheck(check, commands, endToEnd);

            Rebuilds rebuilds = new Rebuilds(http, settings);
            mark = cpu.mark();
            measureProjectionReplay(rebuilds, mongo);
            cpuNote(cpu, mark, "the projection replay");
            measureReportingRebuilds(rebuilds, quiet, mongo, cpu);
            memoryFigures(memory);
            notes.addAll(check.lines());
        }

        machine.remove("load average");
        machine.put("load average at the start", machineLoadAtStart);
        machine.put("load average at the end", MachineFacts.loadAverage());
        Report report = new Report(settings.profile(), startedAt, machine, figures, notes);
        Path written = report.write(settings.resultsDir());
        System.out.println();
        System.out.println(report.markdown());
        System.out.println("Written to " + written + " (and latest.md, latest.csv beside it)");
    }

    /**
     * A freshly started JVM interprets, then compiles the code it finds hot, with the compiler
     * threads taking CPU from the services: the first minute of a new system measures the JIT, not
     * the steady state the targets mean. Every other submission carries an address, so the mail
     * path warms up as well. Counted in the cross-check, not in any figure.
     */
    private void warmUp(IntakeClient intake) throws InterruptedException {
        if (settings.warmUp().isZero()) {
            return;
        }
        step("warm-up: " + settings.intakeClients() + " clients for " + settings.warmUp().toSeconds() + " s, not measured");
        Load.Outcome outcome = Load.closedLoop(settings.intakeClients(), settings.warmUp(), i -> {
            String email = i % 2 == 0 ? null : "warm-up-" + i + "@example.org";
            boolean ok = intake.submit(email) != null;
            if (ok && email != null) {
                warmUpMailed.incrementAndGet();
            }
            return ok;
        });
        accepted.addAndGet(outcome.ok());
        notes.add(String.format(Locale.ROOT, "warm-up before the figures: %,d submissions in %d s (%.0f/s), not measured",
                outcome.ok(), settings.warmUp().toSeconds(), outcome.perSecond()));
        System.out.println("  " + String.format(Locale.ROOT, "%.0f/s, ", outcome.perSecond()) + outcome.latency().summary());
    }

    private void measureIntakeThroughput(IntakeClient intake, Ceilings.Measured kafka) throws InterruptedException {
        step("intake throughput: " + settings.intakeClients() + " clients for " + settings.intakeDuration().toSeconds() + " s");
        Load.Outcome outcome = Load.closedLoop(settings.intakeClients(), settings.intakeDuration(), i -> intake.submit(null) != null);
        accepted.addAndGet(outcome.ok());
        figures.add(Figure.of("intake: accepted submissions per second (HTTP, acks=all), sustained "
                        + settings.intakeDuration().toSeconds() + " s", Target.atLeast(2000), outcome.perSecond(), "/s",
                "raw Kafka producer, acks=all, same record size", kafka.perSecond(),
                settings.intakeClients() + " clients; " + outcome.latency().summary() + "; " + outcome.failed() + " not accepted"));
        System.out.println("  " + figures.get(figures.size() - 1).measuredText() + ", " + outcome.latency().summary());
    }

    private void measureIntakeLatency(IntakeClient intake, Ceilings.Measured kafkaSend, Ceilings.Measured mongo) {
        step("intake latency at " + settings.latencyRate() + "/s for " + settings.latencyDuration().toSeconds() + " s");
        Load.Outcome outcome = Load.openLoop(settings.latencyRate(), settings.latencyDuration(),
                i -> intake.submitAsync(null).thenApply(a -> a != null));
        accepted.addAndGet(outcome.ok());
        // A submission claims its reference in MongoDB and waits for Kafka's ack: the least it can take.
        double rawP99 = kafkaSend.latency().millis(99) + mongo.latency().millis(99);
        figures.add(Figure.of("intake latency at " + settings.latencyRate() + "/s offered: p99", Target.atMost(50),
                outcome.latency().millis(99), "ms", "raw Kafka send + Mongo insert, p99", rawP99,
                "from the moment each request was due; " + outcome.latency().summary() + "; "
                        + String.format(Locale.ROOT, "%.0f/s", outcome.perSecond()) + " accepted; " + outcome.failed() + " not accepted"));
        System.out.println("  " + outcome.latency().summary());
    }

    private Load.Outcome measureCaseCommands(IntakeClient intake, Quiet quiet, Ceilings.Measured postgres, CpuUse cpu)
            throws Exception {
        step("case commands: " + settings.commandCases() + " cases, " + settings.commandClients() + " clients for "
                + settings.commandDuration().toSeconds() + " s");
        ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
        Load.parallel(8, settings.commandCases(), i -> {
            IntakeClient.Accepted a = intake.submit(null);
            if (a != null) {
                ids.add(a.submissionId());
            }
            return a;
        });
        accepted.addAndGet(ids.size());
        settle(quiet, "until the cases are opened");
        CaseCommands commands = new CaseCommands(http, settings.cases());
        int ready = commands.prepare(List.copyOf(ids));
        CpuUse.Mark mark = cpu.mark();
        Load.Outcome outcome = commands.run(settings.commandClients(), settings.commandDuration());
        cpuNote(cpu, mark, "the case commands");
        String note = settings.commandClients() + " clients on " + ready + " cases (CategoriseCase, If-Match); "
                + outcome.latency().summary() + "; " + outcome.failed() + " refused or failed";
        figures.add(Figure.of("case commands on existing cases (load, decide, append), " + settings.commandClients()
                + " clients: commands/s", Target.atLeast(1000), outcome.perSecond(), "/s",
                "raw PostgreSQL single-row inserts", postgres.perSecond(), note));
        figures.add(Figure.of("case commands, " + settings.commandClients() + " clients: p99", Target.atMost(50),
                outcome.latency().millis(99), "ms", "raw PostgreSQL insert p99", postgres.latency().millis(99),
                "HTTP answer after the projection shows the change (read-your-writes)"));
        System.out.println("  " + String.format(Locale.ROOT, "%.0f/s, ", outcome.perSecond()) + outcome.latency().summary());
        return outcome;
    }

    private EndToEnd.Result measureEndToEnd(IntakeClient intake, CrossCheck check, Ceilings.Measured kafkaSend,
                                            Ceilings.Measured postgres, Ceilings.Measured mongo) throws InterruptedException {
        step("end to end: " + settings.endToEndRate() + "/s for " + settings.endToEndDuration().toSeconds()
                + " s, acknowledgements read from " + settings.mailDir());
        Map<String, Prometheus> before = check.scrapeAll();
        EndToEnd.Result result = new EndToEnd(intake, settings.mailDir(), settings.kafka())
                .run(settings.endToEndRate(), settings.endToEndDuration(), settings.settleTimeout());
        Map<String, Prometheus> after = check.scrapeAll();
        note("garbage-collection pauses during the end-to-end run: " + after.keySet().stream().map(service -> {
            double pauses = after.get(service).sum(GC_PAUSES + "_count") - before.get(service).sum(GC_PAUSES + "_count");
            double seconds = after.get(service).sum(GC_PAUSES + "_sum") - before.get(service).sum(GC_PAUSES + "_sum");
            return String.format(Locale.ROOT, "%s %.0f, %.0f ms in all", service, pauses, seconds * 1000);
        }).collect(Collectors.joining("; ")));
        accepted.addAndGet(result.submitted().ok());
        // The path's own writes: intake's reference and publish, the event's append and forwarding,
        // the notification's claim. Consumer polls and SMTP come on top.
        double rawP50 = 2 * kafkaSend.latency().millis(50) + postgres.latency().millis(50) + 2 * mongo.latency().millis(50);
        double rawP99 = 2 * kafkaSend.latency().millis(99) + postgres.latency().millis(99) + 2 * mongo.latency().millis(99);
        String note = result.acknowledged() + " of " + result.submitted().ok() + " accepted submissions acknowledged by mail; "
                + "from the moment each was due to be sent until the SMTP server held the mail";
        Latency latency = result.endToEnd();
        double p50 = latency.count() == 0 ? Double.NaN : latency.millis(50);
        double p99 = latency.count() == 0 ? Double.NaN : latency.millis(99);
        figures.add(Figure.of("end to end at " + settings.endToEndRate() + "/s for " + settings.endToEndDuration().toSeconds()
                + " s: submission → case → acknowledgement accepted by SMTP, p50", Target.atMost(300), p50, "ms",
                "sum of the raw writes on the path, p50", rawP50, note));
        figures.add(Figure.of("end to end: p99", Target.atMost(1000), p99, "ms", "sum of the raw writes on the path, p99", rawP99,
                latency.summary()));
        System.out.println("  " + latency.summary() + "; " + result.acknowledged() + " acknowledged");
        note("end to end, split at intake's 202: until the answer " + result.untilAnswer().summary()
                + "; from the answer to the SMTP server " + result.afterAnswer().summary());
        note("end to end, the part after intake's 202 split at the case's opening on " + Topics.CASE_EVENTS
                + " (its record time): case-service " + result.untilOpened().summary()
                + "; notification-service until the SMTP server " + result.afterOpened().summary());
        note("end to end, p99 by " + EndToEnd.WINDOW.toSeconds() + " s window of due time (ms): " + result.windows().stream()
                .map(window -> String.format(Locale.ROOT, "%.0f", window.millis(99))).collect(Collectors.joining(", ")));
        return result;
    }

    private void crossCheck(CrossCheck check, Load.Outcome commands, EndToEnd.Result endToEnd) {
        step("cross-check with /actuator/prometheus");
        Map<String, Prometheus> after = check.scrapeAll();
        check.compare("submissions accepted (intake complaints_submissions_accepted_total)", accepted.get(),
                check.delta(after.get("intake"), "intake", "complaints_submissions_accepted_total", Map.of()));
        check.compare("cases opened (case complaints_cases_opened_total)", accepted.get(),
                check.delta(after.get("case"), "case", "complaints_cases_opened_total", Map.of()));
        check.compare("category commands handled (case complaints_cases_commands_seconds_count, success)", commands.ok(),
                check.delta(after.get("case"), "case", "complaints_cases_commands_seconds_count",
                        Map.of("command", "CategoriseCaseCommand", "outcome", "success")));
        check.compare("acknowledgements mailed (notification complaints_mails_sent_total, ACKNOWLEDGEMENT), warm-up included",
                endToEnd.acknowledged() + warmUpMailed.get(),
                check.delta(after.get("notification"), "notification", "complaints_mails_sent_total", Map.of("type", "ACKNOWLEDGEMENT")));
        for (String service : List.of("case", "notification", "reporting")) {
            check.observe(String.format(Locale.ROOT, "consumer lag reported by %s (complaints_kafka_consumer_lag): %.0f",
                    service, after.get(service).sum("complaints_kafka_consumer_lag")));
        }
        check.observe("deadlines fired during the run: " + check.delta(after.get("case"), "case", "complaints_deadlines_fired_total", Map.of())
                + ", escalations: " + check.delta(after.get("case"), "case", "complaints_cases_escalated_total", Map.of())
                + ", mails failed: " + check.delta(after.get("notification"), "notification", "complaints_mails_failed_total", Map.of()));
        check.lines().forEach(line -> System.out.println("  " + line));
    }

    private void measureProjectionReplay(Rebuilds rebuilds, Ceilings.Measured mongo) {
        step("case projection replay from the event store");
        try {
            Rebuilds.Timed replay = rebuilds.caseProjection(settings.settleTimeout());
            figures.add(Figure.of("case projection replay from the event store", Target.atLeast(5000), replay.perSecond(),
                    "events/s", "raw MongoDB-protocol insertOne", mongo.perSecond(),
                    String.format(Locale.ROOT, "%,d stored events in %.1f s", replay.events(), replay.took().toMillis() / 1000.0)));
            System.out.println("  " + figures.get(figures.size() - 1).measuredText());
        } catch (Exception e) {
            failed("case projection replay from the event store", Target.atLeast(5000), "events/s", e);
        }
    }

    private void measureReportingRebuilds(Rebuilds rebuilds, Quiet quiet, Ceilings.Measured mongo, CpuUse cpu) throws Exception {
        List<Integer> sizes = settings.growthSizes().isEmpty() ? List.of(0) : settings.growthSizes();
        List<Rebuilds.Timed> timings = new ArrayList<>();
        long synthetic = 0;
        for (int size : sizes) {
            long records = quiet.records(Topics.CASE_EVENTS);
            if (records < size) {
                step("seeding " + (size - records) + " synthetic case events to " + Topics.CASE_EVENTS);
                synthetic += SyntheticCaseEvents.produce(settings.kafka(), size - records);
                settle(quiet, "until the live consumers took the synthetic events");
                records = quiet.records(Topics.CASE_EVENTS);
            }
            step("reporting rebuild over " + records + " events");
            try {
                CpuUse.Mark mark = cpu.mark();
                Rebuilds.Timed timed = rebuilds.reporting(records, settings.settleTimeout());
                cpuNote(cpu, mark, String.format(Locale.ROOT, "the reporting rebuild of %,d events", timed.events()));
                timings.add(timed);
                figures.add(Figure.of(String.format(Locale.ROOT, "reporting rebuild of %,d events: time", timed.events()), null,
                        timed.took().toMillis() / 1000.0, "s", null, null,
                        String.format(Locale.ROOT, "%,.0f events/s", timed.perSecond())));
                System.out.println("  " + String.format(Locale.ROOT, "%.1f s, %,.0f events/s", timed.took().toMillis() / 1000.0, timed.perSecond()));
            } catch (Exception e) {
                failed("reporting rebuild over " + records + " events", null, "s", e);
            }
        }
        if (timings.isEmpty()) {
            failed("reporting rebuild from " + Topics.CASE_EVENTS, Target.atLeast(20_000), "events/s", new IllegalStateException("no rebuild finished"));
            return;
        }
        Rebuilds.Timed largest = timings.get(timings.size() - 1);
        figures.add(Figure.of("reporting rebuild from " + Topics.CASE_EVENTS, Target.atLeast(20_000), largest.perSecond(),
                "events/s", "raw MongoDB-protocol insertOne", mongo.perSecond(),
                String.format(Locale.ROOT, "the largest rebuild, %,d events", largest.events())));
        if (timings.size() > 1) {
            Rebuilds.Timed smallest = timings.get(0);
            double growth = largest.took().toNanos() / (double) smallest.took().toNanos();
            double linear = largest.events() / (double) smallest.events();
            figures.add(Figure.of(String.format(Locale.ROOT, "rebuild time growth from %,d to %,d events", smallest.events(),
                    largest.events()), null, growth, "×", "linear in events", linear, "ratio ≤ 1.00× grows no worse than linear"));
        }
        if (synthetic > 0) {
            notes.add(String.format(Locale.ROOT, "%,d synthetic case events (anonymous tips received in 2001, references SYN-…) were "
                    + "produced straight to %s to reach the rebuild sizes; they are not in the event store.", synthetic, Topics.CASE_EVENTS));
        }
    }

    private Map<String, Integer> servicePorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("intake-service", settings.intake().getPort());
        ports.put("case-service", settings.cases().getPort());
        ports.put("notification-service", settings.notifications().getPort());
        ports.put("reporting-service", settings.reporting().getPort());
        return ports;
    }

    /** Adds to the notes, and prints, where the CPU went since {@code mark}. */
    private void cpuNote(CpuUse cpu, CpuUse.Mark mark, String during) {
        note("CPU during " + during + ": " + cpu.since(mark));
    }

    /** A line for the notes under the table, printed as well. */
    private void note(String text) {
        notes.add(text);
        System.out.println("  " + text);
    }

    private void memoryFigures(MemorySampler memory) {
        Map<String, Double> idle = memory.idleMb();
        Map<String, Double> max = memory.maxMb();
        for (String service : MemorySampler.SERVICES) {
            Double peak = max.get(service);
            figures.add(Figure.of("memory of " + service + " under the load above (highest RSS)", Target.atMost(512),
                    peak == null ? Double.NaN : peak, "MB", "RSS before the load", idle.get(service),
                    peak == null ? "process not found on this machine" : "sampled every 0.5 s from /proc/<pid>/status"));
        }
    }

    private void settle(Quiet quiet, String when) throws Exception {
        Duration took = quiet.await(settings.settleTimeout());
        if (took == null) {
            String note = "The system still had a backlog of " + quiet.backlog() + " records/events " + when
                    + " after " + settings.settleTimeout() + "; the next figure ran on top of it.";
            notes.add(note);
            System.out.println("  " + note);
        } else if (took.toSeconds() > 1) {
            System.out.printf("  caught up %s in %d s%n", when, took.toSeconds());
        }
    }

    private void failed(String name, Target target, String unit, Exception e) {
        figures.add(Figure.of(name, target, Double.NaN, unit, null, null, "failed: " + e.getMessage()));
        System.out.println("  failed: " + e);
    }

    private static void step(String what) {
        System.out.printf("%n[%tT] %s%n", System.currentTimeMillis(), what);
    }

    private static void report(String what, Ceilings.Measured measured) {
        System.out.printf(Locale.ROOT, "  %-32s %,10.0f/s  %s%n", what, measured.perSecond(), measured.latency().summary());
    }
}
