package nl.gastouderbureau.complaints.system;

import nl.gastouderbureau.complaints.launcher.LocalSystem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * One local system for every end-to-end test class in this JVM, started by the same launcher
 * {@code ./run.sh} uses, on free ports and a fresh data directory. Starting it takes most of a
 * minute, so the classes share it; it stops when the JVM exits (the launcher registers itself
 * for that), or when a class that needs a system of its own stops it first. Tests therefore never
 * assume they are alone: they count what they add.
 */
final class TheSystem {

    /** The {@code @Order} of a class with a system of its own; the others have JUnit's default order. */
    static final int AFTER_THE_SHARED_SYSTEM = Integer.MAX_VALUE;

    private static LocalSystem system;
    private static Path dataDirectory;

    private TheSystem() {
    }

    static synchronized LocalSystem get() {
        if (system == null) {
            dataDirectory = freshDataDirectory();
            system = LocalSystem.start(new LocalSystem.Options(Path.of("..").toAbsolutePath().normalize(), dataDirectory, true));
        }
        return system;
    }

    static synchronized void stop() {
        if (system != null) {
            system.close();
            system = null;
        }
    }

    /** Where the shared system keeps its data and the services their logs ({@code logs/<service>.log}). */
    static synchronized Path dataDirectory() {
        get();
        return dataDirectory;
    }

    /** A fresh data directory for a local system. */
    static Path freshDataDirectory() {
        try {
            // Readable by others: as root, PostgreSQL runs as an unprivileged user who must reach its data.
            return Files.createTempDirectory("complaints-e2e-", PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwxr-xr-x")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
