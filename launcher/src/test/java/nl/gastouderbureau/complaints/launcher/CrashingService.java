package nl.gastouderbureau.complaints.launcher;

/** Stands in for a service jar that fails on start. */
public final class CrashingService {

    public static void main(String[] args) {
        System.out.println("Application run failed: no event store");
        System.exit(3);
    }
}
