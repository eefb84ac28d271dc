package nl.gastouderbureau.complaints.support.faults;

import java.util.concurrent.atomic.AtomicInteger;

/** Halts the JVM the Nth time a point is passed, as a crash (SIGKILL, power loss) would end it there. */
final class Halt {

    /** What the launcher sees as the exit code of a service that halted on an injected fault. */
    static final int EXIT_CODE = 86;

    private final String point;
    private final int at;
    private final Runnable crash;
    private final AtomicInteger passed = new AtomicInteger();

    Halt(String point, int at) {
        this(point, at, () -> Runtime.getRuntime().halt(EXIT_CODE));
    }

    /** @param crash what ends the process; a test passes something that only records it */
    Halt(String point, int at, Runnable crash) {
        if (at < 1) {
            throw new IllegalArgumentException("complaints.fault-injection." + point + " counts from 1, not " + at);
        }
        this.point = point;
        this.at = at;
        this.crash = crash;
    }

    void pass(String what) {
        if (passed.incrementAndGet() == at) {
            // Straight to the stream: a logger may buffer, and halt flushes nothing.
            System.err.println("Fault injection: halting at " + point + " #" + at + " (" + what + ")");
            System.err.flush();
            crash.run();
        }
    }
}
