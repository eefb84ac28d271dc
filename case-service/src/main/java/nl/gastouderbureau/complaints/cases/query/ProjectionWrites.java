package nl.gastouderbureau.complaints.cases.query;

import org.springframework.stereotype.Component;

/**
 * Tells the requests that wait for their command to show in the projection that this instance's
 * projection has just written, so they look again at once instead of polling on a timer. A write
 * by another instance's projection sends no signal; waiters still look again after a short pause.
 */
@Component
public class ProjectionWrites {

    private final Object monitor = new Object();
    private long writes;

    void written() {
        synchronized (monitor) {
            writes++;
            monitor.notifyAll();
        }
    }

    long count() {
        synchronized (monitor) {
            return writes;
        }
    }

    /** Returns after a write that came after {@code seen}, or after {@code maxMillis}, whichever is first. */
    void awaitWriteAfter(long seen, long maxMillis) throws InterruptedException {
        long deadline = System.nanoTime() + maxMillis * 1_000_000;
        synchronized (monitor) {
            while (writes == seen) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return;
                }
                monitor.wait(left);
            }
        }
    }
}
