package nl.gastouderbureau.complaints.launcher;

import java.nio.file.Path;

/** The four services of the local system, with their default ports and MongoDB databases. */
public enum Service {
    // One intake: it is the only reader of the agency's mailbox, and two readers would both take a mail.
    INTAKE("intake-service", 8081, "intake", false),
    CASE("case-service", 8082, "cases", true),
    NOTIFICATION("notification-service", 8083, "notifications", true),
    REPORTING("reporting-service", 8084, "reporting", true);

    private final String artifact;
    private final int defaultPort;
    private final String database;
    private final boolean scalesOut;

    Service(String artifact, int defaultPort, String database, boolean scalesOut) {
        this.artifact = artifact;
        this.defaultPort = defaultPort;
        this.database = database;
        this.scalesOut = scalesOut;
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

    /** Whether the local system can run more than one instance of it (see {@link LocalSystem.Options#instances()}). */
    public boolean scalesOut() {
        return scalesOut;
    }

    Path jarIn(Path root) {
        return root.resolve(artifact).resolve("target").resolve(artifact + ".jar");
    }
}
