package nl.gastouderbureau.complaints.cases.admin;

import java.time.Instant;

/**
 * Where a tracking processor stands against the event store.
 *
 * @param position        the lowest global index its segments have handled, -1 before the first
 * @param head            the highest global index in the event store now, -1 when it is empty
 * @param segments        segments this instance is processing; 0 right after a (re)start, until claimed
 * @param replayStartedAt when the last replay on this instance was started, or null
 * @param replayHead      the head when that replay started
 * @param replayDone      whether that replay finished: every segment handled {@code replayHead} and found
 *                        nothing more. Axon only drops its replay flag at the first event after the
 *                        reset point, so with no new events {@code replaying} may stay true after it is done.
 */
public record ProjectionStatus(String name, boolean running, boolean error, boolean replaying, boolean caughtUp,
                               long position, long head, int segments, Instant replayStartedAt, Long replayHead,
                               boolean replayDone) {

    static ProjectionStatus of(String name, boolean running, boolean error, boolean replaying, boolean caughtUp,
                               long position, long head, int segments, Instant replayStartedAt, Long replayHead) {
        boolean done = replayHead != null && segments > 0 && position >= replayHead && (caughtUp || !replaying);
        return new ProjectionStatus(name, running, error, replaying, caughtUp, position, head, segments,
                replayStartedAt, replayHead, done);
    }
}
