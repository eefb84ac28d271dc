package nl.gastouderbureau.complaints.launcher;

import java.nio.file.Path;

/** The four services of the local system, with their default ports and MongoDB databases. */
public enum Service {
    INTAKE("intake-service", 8081, "intake"),
    CASE("case-service", 8082, "cases"),
    NOTIFICATION("notification-service", 8083, "notifications"),
    REPORTING("reporting-service", 8084, "reporting");

    private final String artifact;
    private final int defaultPort;
    private final String database;

    Service(String artifact, int defaultPort, String database) {
        this.artifact = artifact;
        this.defaultPort = defaultPort;
        this.database = database;
    }

    public String artifact() {
        return artifact;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public String database() {
        return database;
    }

    Path jarIn(Path root) {
        return root.resolve(artifact).resolve("target").resolve(artifact + ".jar");
    }
}
