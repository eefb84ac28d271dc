package nl.gastouderbureau.complaints.reporting.projection;

import java.time.Instant;

/**
 * Where a rebuild of the case facts stands.
 *
 * @param collection the collection it fills, live once the state is {@code DONE}
 * @param replayed   events projected (redeliveries and the overlap after the swap included)
 * @param skipped    unreadable records passed over
 */
public record RebuildStatus(String id, State state, String collection, Instant startedAt, Instant finishedAt,
                            long replayed, long skipped) {

    public enum State { RUNNING, DONE, FAILED }

    RebuildStatus replayedOne() {
        return new RebuildStatus(id, state, collection, startedAt, finishedAt, replayed + 1, skipped);
    }

    RebuildStatus skippedOne() {
        return new RebuildStatus(id, state, collection, startedAt, finishedAt, replayed, skipped + 1);
    }

    RebuildStatus finished(State end, Instant at) {
        return new RebuildStatus(id, end, collection, startedAt, at, replayed, skipped);
    }
}
