package nl.gastouderbureau.complaints.cases.admin;

import nl.gastouderbureau.complaints.support.web.NotFoundException;
import nl.gastouderbureau.complaints.support.web.RuleViolationException;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rebuilds a projection from the event store: the processor stops, its tokens go back to the
 * start (its reset handler empties the read model), and it starts again, replaying every stored
 * event. Processors that must not replay (the Kafka forwarder, {@code @DisallowReplay}) are
 * refused. All instances of the service must have released the processor's segments: with one
 * instance that is this one; with several, stop the processor on the others first.
 */
@Service
public class ProjectionReplays {

    public static final String REPLAY_NOT_ALLOWED = "REPLAY_NOT_ALLOWED";
    private static final Logger log = LoggerFactory.getLogger(ProjectionReplays.class);

    private final Configuration axon;
    private final EventStore events;
    private final Clock clock;
    private final Map<String, Replay> replays = new ConcurrentHashMap<>();

    public ProjectionReplays(Configuration axon, EventStore events, Clock clock) {
        this.axon = axon;
        this.events = events;
        this.clock = clock;
    }

    private record Replay(Instant startedAt, long head) {
    }

    /**
     * @throws NotFoundException      when there is no tracking processor of that name
     * @throws RuleViolationException {@value #REPLAY_NOT_ALLOWED} when its handlers must not see events twice
     */
    public synchronized ProjectionStatus replay(String name) {
        StreamingEventProcessor processor = processor(name);
        if (!processor.supportsReset()) {
            throw new RuleViolationException(REPLAY_NOT_ALLOWED, "The processor " + name + " must not replay events");
        }
        Replay replay = new Replay(clock.instant(), head());
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        replays.put(name, replay);
        log.info("Replaying {} from the first stored event up to {} and on", name, replay.head());
        return status(name);
    }

    /** @throws NotFoundException when there is no tracking processor of that name */
    public ProjectionStatus status(String name) {
        StreamingEventProcessor processor = processor(name);
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        long position = segments.stream()
                .mapToLong(segment -> segment.getCurrentPosition().orElse(-1))
                .min()
                .orElse(-1);
        Replay replay = replays.get(name);
        return ProjectionStatus.of(name, processor.isRunning(), processor.isError(),
                segments.stream().anyMatch(EventTrackerStatus::isReplaying),
                !segments.isEmpty() && segments.stream().allMatch(EventTrackerStatus::isCaughtUp),
                position, head(), segments.size(),
                replay == null ? null : replay.startedAt(), replay == null ? null : replay.head());
    }

    private StreamingEventProcessor processor(String name) {
        return axon.eventProcessingConfiguration()
                .eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new NotFoundException("There is no tracking processor named " + name));
    }

    private long head() {
        TrackingToken head = events.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }
}
