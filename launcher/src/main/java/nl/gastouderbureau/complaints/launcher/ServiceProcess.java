package nl.gastouderbureau.complaints.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One service running as its own java process, with its output in a log file. */
final class ServiceProcess {

    /**
     * A small heap and the serial collector: four services and the infrastructure share two cores.
     * Both JIT compilers stay on: stopping at C1 started the services a quarter faster, but left
     * them a multiple slower under load (BCrypt, JSON and MIME code never got optimised).
     * <p>
     * Under the full benchmark case-service's resident memory passed 512 MB: its heap was resident
     * (the young generation and some 136 MB of the old), beside ~190 MB the JVM keeps outside it
     * and a spike of native memory while C2 compiles the replay's path. A 224 MB heap keeps it
     * below. Trimming glibc's heap every 10 s ({@code -XX:TrimNativeHeapInterval}) was tried as well:
     * it handed back what the spike left, but intake accepted a fifth to two fifths fewer submissions
     * (238/s against 300/s, 213/s against 348/s).
     */
    static final List<String> JVM_OPTIONS = List.of("-Xmx224m", "-XX:+UseSerialGC");

    private final Service service;
    private final int instance;
    private final Path root;
    private final int port;
    private final List<String> arguments;
    private final Path log;
    private final Process process;
    private List<ProcessHandle> descendants = List.of();

    private ServiceProcess(Service service, int instance, Path root, int port, List<String> arguments, Path log,
                           Process process) {
        this.service = service;
        this.instance = instance;
        this.root = root;
        this.port = port;
        this.arguments = List.copyOf(arguments);
        this.log = log;
        this.process = process;
    }

    /**
     * @param arguments the service's settings, kept for a restart
     * @param faults    fault-injection settings for this start only
     */
    static ServiceProcess start(Service service, int instance, Path root, int port, List<String> arguments,
                                List<String> faults, Path log) throws IOException {
        List<String> all = new ArrayList<>(arguments);
        all.addAll(faults);
        Process process = launch(service, root, all, ProcessBuilder.Redirect.to(log.toFile()));
        return new ServiceProcess(service, instance, root, port, arguments, log, process);
    }

    /**
     * The same instance again, on the same port with the same settings, its output added to the same log.
     *
     * @param faults fault-injection settings for this start only; the first start's are not repeated
     */
    ServiceProcess restart(List<String> faults) throws IOException {
        List<String> all = new ArrayList<>(arguments);
        all.addAll(faults);
        Process process = launch(service, root, all, ProcessBuilder.Redirect.appendTo(log.toFile()));
        return new ServiceProcess(service, instance, root, port, arguments, log, process);
    }

    private static Process launch(Service service, Path root, List<String> arguments, ProcessBuilder.Redirect output)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-jar");
        command.add(service.jarIn(root).toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output);
        // No internet here: Axon's update check would only wait and fail.
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        // glibc gives each thread that allocates natively an arena of its own, up to eight per core,
        // and keeps them: under the full benchmark case-service's resident memory grew past 512 MB
        // with its heap at 256 MB. Two arenas are plenty for what the JVM allocates outside its heap.
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        return builder.start();
    }

    /** {@code case-service}, and {@code case-service-2} for a second instance. */
    static String name(Service service, int instance) {
        return instance == 1 ? service.artifact() : service.artifact() + "-" + instance;
    }

    String name() {
        return name(service, instance);
    }

    int instance() {
        return instance;
    }

    Service service() {
        return service;
    }

    URI baseUrl() {
        return baseUrl(port);
    }

    static URI baseUrl(int port) {
        return URI.create("http://localhost:" + port);
    }

    Path log() {
        return log;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitCode() {
        return process.exitValue();
    }

    boolean isHealthy(HttpClient http) {
        HttpRequest request = HttpRequest.newBuilder(baseUrl().resolve("/actuator/health")).timeout(Duration.ofSeconds(2)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(could not read " + log + ": " + e.getMessage() + ")";
        }
    }

    boolean awaitExit(Duration patience) {
        try {
            return process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL, as a crash or the kernel's OOM killer would end it: no shutdown hooks, nothing flushed. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks the process and whatever it started to stop. */
    void requestStop() {
        // Once the process is gone its children no longer show up under it, so look now.
        descendants = process.descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
    }

    /** Waits until the deadline for a requested stop, then kills what is left. */
    void awaitStop(long deadlineNanos) {
        try {
            process.waitFor(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
    }
}
