package nl.gastouderbureau.complaints.infra;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import com.sun.security.auth.module.UnixSystem;

/**
 * A real PostgreSQL server from the binaries on Maven Central, run as a separate process on
 * localhost with trust authentication for the superuser {@code postgres}. With a data directory
 * it keeps its databases across restarts; without one it uses a throwaway directory.
 *
 * <p>PostgreSQL refuses to run as root. When this JVM runs as root, the server runs as the
 * unprivileged user nobody (uid 65534) through {@code setpriv}, and owns its data directory.
 */
public final class PostgresServer implements AutoCloseable {

    public enum Durability {
        /** Every commit reaches the disk. */
        DURABLE,
        /** No fsync: quick, but a crash of the machine may corrupt the data. For tests. */
        FAST
    }

    private static final String SUPERUSER = "postgres";
    private static final int NOBODY = 65534;
    private static final boolean RUNNING_AS_ROOT = new UnixSystem().getUid() == 0;

    private final Path bin;
    private final Path dataDir;
    private final int port;
    private final boolean throwaway;
    private boolean closed;

    private PostgresServer(Path bin, Path dataDir, int port, boolean throwaway) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
        this.throwaway = throwaway;
    }

    public static PostgresServer start(int port, Path dataDir, Durability durability) {
        Path installation = PostgresBinaries.installation();
        boolean throwaway = dataDir == null;
        Path dir = throwaway ? Directories.createTemp("postgres-") : Directories.create(dataDir.toAbsolutePath());
        PostgresServer server = new PostgresServer(installation.resolve("bin"), dir, FreePorts.orFree(port), throwaway);
        try {
            if (RUNNING_AS_ROOT) {
                requireReachableByNobody(installation);
                requireReachableByNobody(dir);
                server.runOrFail("chown", List.of("chown", "-R", NOBODY + ":" + NOBODY, dir.toString()));
            }
            server.initAndStart(durability);
        } catch (RuntimeException e) {
            if (throwaway) {
                Directories.deleteRecursively(dir);
            }
            throw e;
        }
        StopOnExit.register(server);
        return server;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public String username() {
        return SUPERUSER;
    }

    /** Any password will do (trust authentication); this one keeps clients that insist on one content. */
    public String password() {
        return SUPERUSER;
    }

    public int port() {
        return port;
    }

    public void createDatabaseIfMissing(String database) {
        PostgresDatabases.createIfMissing(jdbcUrl("postgres"), username(), password(), database);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        StopOnExit.unregister(this);
        runOrFail("pg_ctl stop", postgres("pg_ctl", "stop", "-D", dataDir.toString(), "-m", "fast", "-w", "-s"));
        if (throwaway) {
            Directories.deleteRecursively(dataDir);
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL on " + jdbcUrl("") + " with data in " + dataDir;
    }

    private void initAndStart(Durability durability) {
        if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
            List<String> initdb = postgres("initdb", "-D", dataDir.toString(), "-U", SUPERUSER, "-A", "trust",
                    "-E", "UTF8", "--no-locale", "--no-instructions");
            if (durability == Durability.FAST) {
                initdb.add("--no-sync");
            }
            runOrFail("initdb", initdb);
        }
        stopServerLeftFromEarlierRun();
        runOrFail("pg_ctl start", postgres("pg_ctl", "start", "-D", dataDir.toString(), "-l", logFile().toString(),
                "-w", "-t", "60", "-s", "-o", serverOptions(durability)));
    }

    /** A JVM that was killed cannot stop its server; the next start on the same data stops it. */
    private void stopServerLeftFromEarlierRun() {
        if (Files.exists(dataDir.resolve("postmaster.pid"))
                && run(postgres("pg_ctl", "status", "-D", dataDir.toString())).exitCode() == 0) {
            runOrFail("pg_ctl stop", postgres("pg_ctl", "stop", "-D", dataDir.toString(), "-m", "fast", "-w", "-s"));
        }
    }

    private String serverOptions(Durability durability) {
        // No Unix socket: clients use TCP, and the default socket directory may not exist or not be ours.
        String options = "-p " + port + " -h localhost -k ''";
        return durability == Durability.FAST
                ? options + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
                : options;
    }

    private Path logFile() {
        return dataDir.resolve("server.log");
    }

    private List<String> postgres(String program, String... args) {
        List<String> command = new ArrayList<>();
        if (RUNNING_AS_ROOT) {
            command.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        return command;
    }

    private void runOrFail(String what, List<String> command) {
        Outcome outcome = run(command);
        if (outcome.exitCode() != 0) {
            throw new IllegalStateException(what + " failed with exit code " + outcome.exitCode() + ": "
                    + outcome.output().strip() + logTail());
        }
    }

    private Outcome run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).directory(dataDir.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), UTF_8);
            return new Outcome(process.waitFor(), output);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command, e);
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.exists(logFile()) ? Files.readAllLines(logFile()) : List.of();
            return lines.isEmpty() ? "" : "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * The server runs as nobody, who must be able to enter every directory above its files.
     * Rather than loosen permissions on someone's home directory, this says what to change.
     */
    private static void requireReachableByNobody(Path path) {
        try {
            for (Path dir = path.toRealPath().getParent(); dir != null; dir = dir.getParent()) {
                if (!Files.getPosixFilePermissions(dir).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    throw new IllegalStateException(String.format(
                            "PostgreSQL refuses to run as root, so it runs as the user nobody (uid %d), who cannot enter %s"
                                    + " (permissions %s) to reach %s. Keep the project or data somewhere other users can"
                                    + " reach (e.g. under /srv or /tmp), or allow it with: chmod o+x %s",
                            NOBODY, dir, PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)), path, dir));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Outcome(int exitCode, String output) {
    }
}
