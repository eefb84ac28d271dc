package nl.gastouderbureau.complaints.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import nl.gastouderbureau.complaints.infra.FreePorts;
import nl.gastouderbureau.complaints.infra.MailCatcher;
import nl.gastouderbureau.complaints.infra.MailCatcher.Mailbox;
import nl.gastouderbureau.complaints.infra.StopOnExit;

/**
 * The whole system on one machine without Docker: a Kafka broker, PostgreSQL, a MongoDB-protocol
 * store and a mail server (an SMTP catcher holding the agency's mailbox, read over IMAP) in this JVM
 * (PostgreSQL as its own process), and the four services as java processes started from their
 * built jars. Stopping this JVM stops all of it, services first.
 */
public final class LocalSystem implements AutoCloseable {

    /**
     * @param root        the project directory holding {@code <service>/target/<service>.jar}
     * @param dataDir     where the infrastructure keeps its data and the services their logs
     * @param randomPorts free ports for everything instead of the documented fixed ones
     * @param instances   how many processes of each service that {@linkplain Service#scalesOut() scales out}
     *                    run side by side: same databases, same consumer groups, a port each
     * @param settings    extra {@code --name=value} arguments per service, kept when it is restarted
     * @param faults      fault-injection arguments per service ({@code complaints.fault-injection.*}),
     *                    given to the first start only: a restart is the recovery from the fault
     */
    public record Options(Path root, Path dataDir, boolean randomPorts, int instances,
                          Map<Service, List<String>> settings, Map<Service, List<String>> faults) {

        public Options {
            if (instances < 1) {
                throw new IllegalArgumentException("At least one instance of each service, not " + instances);
            }
            settings = copy(settings);
            faults = copy(faults);
        }

        public Options(Path root, Path dataDir, boolean randomPorts) {
            this(root, dataDir, randomPorts, 1, Map.of(), Map.of());
        }

        public static Options defaults(Path root) {
            return new Options(root, root.resolve(".local-data"), false);
        }

        public Options withInstances(int count) {
            return new Options(root, dataDir, randomPorts, count, settings, faults);
        }

        /** A setting of one service, for example {@code complaints.deadlines.feedback-response}, {@code PT20S}. */
        public Options withSetting(Service service, String name, String value) {
            return new Options(root, dataDir, randomPorts, instances, adding(settings, service, name, value), faults);
        }

        /** A fault to inject into the first start of a service: {@code halt-after-publish}, {@code 1}. */
        public Options withFault(Service service, String fault, String value) {
            return new Options(root, dataDir, randomPorts, instances, settings,
                    adding(faults, service, "complaints.fault-injection." + fault, value));
        }

        List<String> settingsOf(Service service) {
            return settings.getOrDefault(service, List.of());
        }

        List<String> faultsOf(Service service) {
            return faults.getOrDefault(service, List.of());
        }

        int instancesOf(Service service) {
            return service.scalesOut() ? instances : 1;
        }

        private static Map<Service, List<String>> adding(Map<Service, List<String>> arguments, Service service,
                                                         String name, String value) {
            Map<Service, List<String>> added = new EnumMap<>(Service.class);
            added.putAll(arguments);
            List<String> ofService = new ArrayList<>(added.getOrDefault(service, List.of()));
            ofService.add("--" + name + "=" + value);
            added.put(service, ofService);
            return added;
        }

        private static Map<Service, List<String>> copy(Map<Service, List<String>> arguments) {
            Map<Service, List<String>> copy = new EnumMap<>(Service.class);
            arguments.forEach((service, list) -> copy.put(service, List.copyOf(list)));
            return Collections.unmodifiableMap(copy);
        }
    }

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);
    /** Often enough that a mail sent to the local mailbox is a case within a minute. */
    private static final String MAIL_IN_POLL_INTERVAL = "PT10S";
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final Options options;
    // Read by callers while a restart replaces an entry.
    private final List<ServiceProcess> services = new CopyOnWriteArrayList<>();
    private LocalInfrastructure infrastructure;
    private boolean closed;

    private LocalSystem(Options options) {
        this.options = options;
    }

    public static void main(String[] args) {
        if (!(args.length == 0 || args.length == 2 && args[0].equals("--root"))) {
            System.err.println("Usage: java -jar launcher.jar [--root <project directory>]");
            System.exit(2);
        }
        Options options = Options.defaults(Path.of(args.length == 2 ? args[1] : "").toAbsolutePath());
        // Kafka and friends log plenty; keep that in a file rather than on the terminal.
        System.setProperty("complaints.logs", options.dataDir().resolve("logs").toString());
        System.setProperty("logback.configurationFile", "launcher-logback.xml");
        try {
            long started = System.nanoTime();
            LocalSystem system = start(options);
            system.printSummary(System.out, Duration.ofNanos(System.nanoTime() - started));
            // Ctrl-C ends the JVM, and StopOnExit stops the system.
            Thread.currentThread().join();
        } catch (Exception e) {
            System.err.println("The local system did not start: " + e.getMessage());
            System.exit(1);
        }
    }

    public static LocalSystem start(Options options) {
        requireServiceJars(options.root());
        LocalSystem system = new LocalSystem(options);
        try {
            system.startInfrastructure();
            // Registered after the infrastructure registered itself, so on exit the services stop before it.
            StopOnExit.register(system);
            system.startServices();
            system.awaitHealthy(system.services);
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    /** The first instance of the service. */
    public URI url(Service service) {
        return url(service, 1);
    }

    /** @param instance 1 up to {@link #instances(Service)} */
    public URI url(Service service, int instance) {
        return process(service, instance).baseUrl();
    }

    public int instances(Service service) {
        return options.instancesOf(service);
    }

    /** Kills the first instance of a service with SIGKILL, as a crash would; the rest keeps running. */
    public void kill(Service service) {
        kill(service, 1);
    }

    public synchronized void kill(Service service, int instance) {
        process(service, instance).kill();
    }

    /**
     * Waits until an instance ended by itself, as one does when an injected fault halts it.
     *
     * @return whether it ended within {@code patience}
     */
    public boolean awaitExit(Service service, int instance, Duration patience) {
        return process(service, instance).awaitExit(patience);
    }

    /** Starts the killed first instance of a service again, as {@link #restart(Service, int)}. */
    public void restart(Service service) {
        restart(service, 1);
    }

    /**
     * Starts a killed or halted instance again, on its port with its settings but without injected
     * faults, and waits until it is healthy.
     */
    public synchronized void restart(Service service, int instance) {
        awaitHealthy(List.of(relaunch(service, instance, List.of())));
    }

    /**
     * As {@link #restart(Service, int)}, with a fault injected into this start only
     * ({@code complaints.fault-injection.<fault>=<value>}). Waits until the instance is healthy or
     * has already ended on its fault, whichever comes first.
     */
    public synchronized void restartWithFault(Service service, int instance, String fault, String value) {
        ServiceProcess started = relaunch(service, instance, List.of("--complaints.fault-injection." + fault + "=" + value));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (started.isAlive() && !started.isHealthy(http)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(started.name() + " not healthy within " + STARTUP_TIMEOUT.toMinutes()
                        + " minutes (see " + started.log() + ")");
            }
            sleep(Duration.ofMillis(500));
        }
    }

    private ServiceProcess relaunch(Service service, int instance, List<String> faults) {
        ServiceProcess old = process(service, instance);
        if (old.isAlive()) {
            throw new IllegalStateException(old.name() + " is still running");
        }
        try {
            ServiceProcess started = old.restart(faults);
            services.set(services.indexOf(old), started);
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not restart " + old.name(), e);
        }
    }

    private ServiceProcess process(Service service, int instance) {
        return services.stream()
                .filter(process -> process.service() == service && process.instance() == instance)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No instance " + instance + " of " + service.artifact()));
    }

    public MailCatcher mail() {
        return infrastructure.mail();
    }

    public String kafkaBootstrapServers() {
        return infrastructure.kafka().bootstrapServers();
    }

    public String casesJdbcUrl() {
        return infrastructure.postgres().jdbcUrl(LocalInfrastructure.CASES_DATABASE);
    }

    public String casesDatabaseUsername() {
        return infrastructure.postgres().username();
    }

    public String casesDatabasePassword() {
        return infrastructure.postgres().password();
    }

    public String mongoUri(String database) {
        return infrastructure.mongo().connectionString(database);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        StopOnExit.unregister(this);
        System.out.println("Stopping the local system");
        services.forEach(ServiceProcess::requestStop);
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        services.forEach(service -> service.awaitStop(deadline));
        if (infrastructure != null) {
            infrastructure.close();
        }
    }

    @Override
    public String toString() {
        return "local system in " + options.root();
    }

    private static void requireServiceJars(Path root) {
        List<Path> missing = Arrays.stream(Service.values())
                .map(service -> service.jarIn(root))
                .filter(jar -> !Files.isRegularFile(jar))
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Service jars missing: " + missing + ". Build them first: ./mvnw -DskipTests package");
        }
    }

    private void startInfrastructure() {
        System.out.println("Starting Kafka, PostgreSQL, the MongoDB-protocol store and the mail server, data in " + options.dataDir());
        infrastructure = LocalInfrastructure.start(options.dataDir(), options.randomPorts(), mailbox());
    }

    private synchronized void startServices() {
        Path logs = createDirectories(options.dataDir().resolve("logs"));
        // Every port is known before the first service starts: the pages of one link to another's.
        Map<Service, List<Integer>> ports = ports();
        for (Service service : Service.values()) {
            for (int instance = 1; instance <= options.instancesOf(service); instance++) {
                int port = ports.get(service).get(instance - 1);
                List<String> arguments = new ArrayList<>(arguments(service, port, ports));
                arguments.addAll(options.settingsOf(service));
                try {
                    services.add(ServiceProcess.start(service, instance, options.root(), port, arguments,
                            options.faultsOf(service), logs.resolve(ServiceProcess.name(service, instance) + ".log")));
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not start " + ServiceProcess.name(service, instance), e);
                }
            }
        }
        System.out.println("Started " + services.size() + " services, waiting until they are healthy; logs in " + logs);
    }

    /** A port per instance; the first instance of each service is the one the others link to. */
    private Map<Service, List<Integer>> ports() {
        Map<Service, List<Integer>> ports = new EnumMap<>(Service.class);
        Set<Integer> taken = new HashSet<>();
        for (Service service : Service.values()) {
            List<Integer> ofService = new ArrayList<>();
            for (int instance = 1; instance <= options.instancesOf(service); instance++) {
                int port = service.defaultPort() + (instance - 1) * 10;
                if (options.randomPorts()) {
                    do {
                        port = FreePorts.pick();
                    } while (taken.contains(port));
                }
                taken.add(port);
                ofService.add(port);
            }
            ports.put(service, ofService);
        }
        return ports;
    }

    private List<String> arguments(Service service, int port, Map<Service, List<Integer>> ports) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--spring.kafka.bootstrap-servers=" + infrastructure.kafka().bootstrapServers(),
                "--spring.mongodb.uri=" + infrastructure.mongo().connectionString(service.database())));
        if (service == Service.CASE) {
            arguments.add("--spring.datasource.url=" + casesJdbcUrl());
            arguments.add("--spring.datasource.username=" + infrastructure.postgres().username());
            arguments.add("--spring.datasource.password=" + infrastructure.postgres().password());
            arguments.add("--complaints.pages.intake-url=" + ServiceProcess.baseUrl(ports.get(Service.INTAKE).get(0)));
        }
        if (service == Service.NOTIFICATION) {
            arguments.add("--spring.mail.host=" + infrastructure.mail().host());
            arguments.add("--spring.mail.port=" + infrastructure.mail().port());
        }
        if (service == Service.INTAKE) {
            arguments.add("--complaints.mail-in.enabled=true");
            arguments.add("--complaints.mail-in.host=" + infrastructure.mail().host());
            arguments.add("--complaints.mail-in.port=" + infrastructure.mail().imapPort());
            arguments.add("--complaints.mail-in.username=" + infrastructure.mail().mailbox().address());
            arguments.add("--complaints.mail-in.password=" + infrastructure.mail().mailbox().password());
            arguments.add("--complaints.mail-in.poll-interval=" + mailInPollInterval());
            arguments.add("--complaints.pages.case-url=" + ServiceProcess.baseUrl(ports.get(Service.CASE).get(0)));
        }
        return arguments;
    }

    private static String mailInPollInterval() {
        return System.getenv().getOrDefault("COMPLAINTS_MAIL_IN_POLL_INTERVAL", MAIL_IN_POLL_INTERVAL);
    }

    /** The local mailbox; {@code COMPLAINTS_MAIL_IN_USERNAME} and {@code ..._PASSWORD} change it. */
    private static Mailbox mailbox() {
        return new Mailbox(System.getenv().getOrDefault("COMPLAINTS_MAIL_IN_USERNAME", Mailbox.DEFAULT.address()),
                System.getenv().getOrDefault("COMPLAINTS_MAIL_IN_PASSWORD", Mailbox.DEFAULT.password()));
    }

    private void awaitHealthy(List<ServiceProcess> processes) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long started = System.nanoTime();
        Set<ServiceProcess> waiting = new LinkedHashSet<>(processes);
        while (!waiting.isEmpty()) {
            for (ServiceProcess service : List.copyOf(waiting)) {
                if (!service.isAlive()) {
                    throw new IllegalStateException(service.name() + " stopped with exit code "
                            + service.exitCode() + ". The end of " + service.log() + ":\n" + service.logTail(40));
                }
                if (service.isHealthy(http)) {
                    waiting.remove(service);
                    System.out.printf("  %-21s up after %d s%n", service.name(), secondsSince(started));
                }
            }
            if (System.nanoTime() - started > STARTUP_TIMEOUT.toNanos()) {
                throw new IllegalStateException("Not healthy within " + STARTUP_TIMEOUT.toMinutes() + " minutes: "
                        + waiting.stream().map(service -> service.name() + " (see " + service.log() + ")").toList());
            }
            sleep(Duration.ofMillis(500));
        }
    }

    private void printSummary(PrintStream out, Duration took) {
        out.printf("%nThe local system is up after %d s. Ctrl-C stops all of it.%n%n", took.toSeconds());
        for (ServiceProcess service : services) {
            out.printf("  %-22s %s%n", service.name(), service.baseUrl());
        }
        out.println();
        out.printf("  %-22s %s%n", "Kafka", kafkaBootstrapServers());
        out.printf("  %-22s %s (user %s)%n", "PostgreSQL", casesJdbcUrl(), infrastructure.postgres().username());
        out.printf("  %-22s mongodb://localhost:%d%n", "MongoDB protocol", infrastructure.mongo().port());
        out.printf("  %-22s %s:%d%n", "SMTP", mail().host(), mail().port());
        Mailbox mailbox = mail().mailbox();
        out.printf("  %-22s %s:%d, %s (password %s), read by intake every %s%n", "Mailbox (IMAP)", mail().host(),
                mail().imapPort(), mailbox.address(),
                mailbox.password().equals(Mailbox.DEFAULT.password()) ? mailbox.password() : "from COMPLAINTS_MAIL_IN_PASSWORD",
                mailInPollInterval());
        out.printf("  %-22s %s%n", "Mail store (.eml)", mail().storeDirectory());
        out.printf("  %-22s %s%n", "Logs", options.dataDir().resolve("logs"));
        out.printf("%n  Accounts: client/client and client2/client2 (CLIENT), staff/staff (STAFF), manager/manager (MANAGEMENT)%n");
    }

    private static long secondsSince(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos).toSeconds();
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the services", e);
        }
    }
}
