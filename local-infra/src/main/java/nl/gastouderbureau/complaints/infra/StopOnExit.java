package nl.gastouderbureau.complaints.infra;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Closes registered resources when the JVM exits, newest first, from a single hook.
 * Separate shutdown hooks would run concurrently, and a database could then stop before
 * the services that still write to it.
 */
public final class StopOnExit {

    private static final Deque<AutoCloseable> RESOURCES = new ArrayDeque<>();
    private static boolean hookInstalled;

    private StopOnExit() {
    }

    public static synchronized void register(AutoCloseable resource) {
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(StopOnExit::closeAll, "stop-on-exit"));
            hookInstalled = true;
        }
        RESOURCES.push(resource);
    }

    public static synchronized void unregister(AutoCloseable resource) {
        RESOURCES.remove(resource);
    }

    private static void closeAll() {
        List<AutoCloseable> newestFirst;
        synchronized (StopOnExit.class) {
            newestFirst = new ArrayList<>(RESOURCES);
            RESOURCES.clear();
        }
        for (AutoCloseable resource : newestFirst) {
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("Could not stop " + resource + ": " + e);
            }
        }
    }
}
