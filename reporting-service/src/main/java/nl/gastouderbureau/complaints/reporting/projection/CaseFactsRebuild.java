package nl.gastouderbureau.complaints.reporting.projection;

import jakarta.annotation.PreDestroy;
import nl.gastouderbureau.complaints.events.EventCodec.UnreadableEventException;
import nl.gastouderbureau.complaints.events.Topics;
import nl.gastouderbureau.complaints.reporting.facts.CaseFactsRepository;
import nl.gastouderbureau.complaints.support.kafka.ReceivedEvent;
import nl.gastouderbureau.complaints.support.web.RuleViolationException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Rebuilds the case facts from the whole of {@code cases.events.v1} while the reports keep
 * answering from the live facts:
 * <ol>
 * <li>a consumer of its own (manually assigned, never committing, so the live consumer group's
 *     offsets are untouched) replays every partition from the start into a fresh collection, up
 *     to the end offsets it saw when it started;</li>
 * <li>the fresh collection is made live in one pointer write;</li>
 * <li>the replay goes on to the end offsets seen after the swap, so an event that the live
 *     projection wrote into the old collection just before the swap is in the new one too;</li>
 * <li>the old collection is dropped.</li>
 * </ol>
 * Applying an event twice, or in another order across cases, gives the same facts (every write is
 * a {@code $set} upsert), which is what makes the overlap in step 3 safe. Unreadable records are
 * skipped, as the live consumer dead-letters them. One rebuild at a time per instance.
 */
@Component
public class CaseFactsRebuild {

    public static final String ALREADY_RUNNING = "REBUILD_ALREADY_RUNNING";
    private static final Logger log = LoggerFactory.getLogger(CaseFactsRebuild.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final CaseFactsRepository live;
    private final ConsumerFactory<?, ?> consumers;
    private final Clock clock;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "case-facts-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<RebuildStatus> status = new AtomicReference<>();

    public CaseFactsRebuild(CaseFactsRepository live, ConsumerFactory<?, ?> consumers, Clock clock) {
        this.live = live;
        this.consumers = consumers;
        this.clock = clock;
    }

    /** @throws RuleViolationException {@value #ALREADY_RUNNING} while an earlier rebuild runs */
    public synchronized RebuildStatus start() {
        RebuildStatus current = status.get();
        if (current != null && current.state() == RebuildStatus.State.RUNNING) {
            throw new RuleViolationException(ALREADY_RUNNING, "A rebuild is running since " + current.startedAt());
        }
        String id = UUID.randomUUID().toString();
        RebuildStatus started = new RebuildStatus(id, RebuildStatus.State.RUNNING, "case_facts_" + clock.millis(),
                clock.instant(), null, 0, 0);
        status.set(started);
        runner.execute(() -> run(started));
        return started;
    }

    /** The last rebuild this instance started, if any. */
    public RebuildStatus status() {
        return status.get();
    }

    private void run(RebuildStatus started) {
        try (Consumer<String, byte[]> consumer = consumer(started.id())) {
            CaseFactsRepository fresh = live.fresh(started.collection());
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.CASE_EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            replayUntil(consumer, fresh, consumer.endOffsets(partitions));
            String previous = live.makeLive(fresh);
            replayUntil(consumer, fresh, consumer.endOffsets(partitions));
            live.drop(previous);
            status.updateAndGet(s -> s.finished(RebuildStatus.State.DONE, clock.instant()));
            log.info("Case facts rebuilt into {}: {}", started.collection(), status.get());
        } catch (RuntimeException e) {
            status.updateAndGet(s -> s.finished(RebuildStatus.State.FAILED, clock.instant()));
            log.error("Rebuild into {} failed; the live facts stay as they were", started.collection(), e);
            dropUnlessLive(started.collection());
        }
    }

    /** Best effort: what made the rebuild fail (the store, say) may fail this too, and the status is already set. */
    private void dropUnlessLive(String collection) {
        try {
            if (!collection.equals(live.collection())) {
                live.drop(collection);
            }
        } catch (RuntimeException e) {
            log.warn("Could not drop {} after the failed rebuild", collection, e);
        }
    }

    /** Each poll's facts go out in one bulk write. */
    private void replayUntil(Consumer<String, byte[]> consumer, CaseFactsRepository fresh, Map<TopicPartition, Long> end) {
        CaseFactsRepository writes = fresh.buffered();
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
            project(records, writes);
            writes.flush();
        }
    }

    private void project(ConsumerRecords<String, byte[]> records, CaseFactsRepository writes) {
        for (ConsumerRecord<String, byte[]> record : records) {
            boolean projected;
            try {
                projected = CaseFactsProjection.project(writes, ReceivedEvent.from(record).payload());
            } catch (UnreadableEventException unreadable) {
                status.updateAndGet(RebuildStatus::skippedOne);
                continue;
            }
            if (projected) {
                status.updateAndGet(RebuildStatus::replayedOne);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Consumer<String, byte[]> consumer(String id) {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // A group id of its own, though with manual assignment and no commits it never joins or moves a group.
        return (Consumer<String, byte[]>) consumers.createConsumer("reporting-rebuild-" + id, "reporting-rebuild", null, overrides);
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
