package nl.gastouderbureau.complaints.cases;

import com.mongodb.client.MongoDatabase;
import nl.gastouderbureau.complaints.cases.command.CaseId;
import nl.gastouderbureau.complaints.cases.command.CategoriseCaseCommand;
import nl.gastouderbureau.complaints.cases.command.OpenFeedbackCaseCommand;
import nl.gastouderbureau.complaints.cases.command.RecordFeedbackResponseCommand;
import nl.gastouderbureau.complaints.cases.query.CaseProjection;
import nl.gastouderbureau.complaints.cases.query.CaseView;
import nl.gastouderbureau.complaints.cases.query.CaseViews;
import nl.gastouderbureau.complaints.events.Actor;
import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.EventHeaders;
import nl.gastouderbureau.complaints.events.FeedbackOutcome;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.events.Topics;
import nl.gastouderbureau.complaints.testsupport.KafkaProbe;
import nl.gastouderbureau.complaints.testsupport.KafkaProbe.TopicRecord;
import nl.gastouderbureau.complaints.testsupport.TestInfrastructure;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event store is the outbox (DESIGN §4): what is stored reaches {@code cases.events.v1} once,
 * in order per case, and nothing else does, also when many writers commit at once and the global
 * sequence gets gaps that close out of order. A replay of the projection rebuilds it and sends nothing.
 * <p>
 * Its own databases, and no submission listener, so the cases it counts are only its own; the
 * context is closed afterwards so no other test shares its processors.
 */
@SpringBootTest(properties = "spring.kafka.listener.auto-startup=false")
@DirtiesContext
class CaseEventsOutboxIT {

    private static final int WRITERS = 8;
    private static final int CASES_PER_WRITER = 25;
    private static final Category[] RECLASSIFICATIONS = {Category.SAFETY, Category.SCHEDULING, Category.OTHER};
    private static final int EVENTS_PER_CASE = 2 + RECLASSIFICATIONS.length;
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final Actor STAFF = new Actor("staff", Actor.STAFF);

    @Autowired
    private CommandGateway commands;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private CaseViews views;

    @Autowired
    private org.axonframework.config.Configuration axon;

    @Autowired
    private MongoDatabase cases;

    private final KafkaProbe topic = KafkaProbe.onTestInfrastructure();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.registerKafka(registry);
        TestInfrastructure.registerMongo(registry, "cases-outbox-it");
        TestInfrastructure.registerPostgres(registry, "cases_outbox_it");
    }

    @Test
    void concurrentWritersLoseNoEventOnTheWayToKafkaAndAReplayRebuildsTheProjectionWithoutPublishing() throws Exception {
        Set<String> caseIds = writeConcurrently();

        Map<String, StoredEvent> stored = storedEventsOf(caseIds);
        assertThat(stored).hasSize(caseIds.size() * EVENTS_PER_CASE);

        List<TopicRecord> published = awaitPublished(caseIds, stored.size());
        List<String> publishedIds = published.stream().map(r -> r.headers().get(EventHeaders.EVENT_ID)).toList();
        assertThat(publishedIds).as("every stored event once, and nothing that was not stored")
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(stored.keySet());
        Map<String, List<Long>> sequencesPerCase = new HashMap<>();
        for (TopicRecord record : published) {
            StoredEvent event = stored.get(record.headers().get(EventHeaders.EVENT_ID));
            assertThat(record.key()).isEqualTo(event.caseId());
            sequencesPerCase.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(event.sequence());
        }
        assertThat(sequencesPerCase).allSatisfy((caseId, sequences) ->
                assertThat(sequences).as("order on the topic of case " + caseId).containsExactly(0L, 1L, 2L, 3L, 4L));

        Map<String, CaseView> projected = awaitProjected(caseIds);
        assertThat(projected.values()).allSatisfy(view -> assertThat(view.timeline()).hasSize(EVENTS_PER_CASE));

        String lost = caseIds.iterator().next();
        cases.getCollection("cases").deleteOne(new Document("_id", lost));
        assertThat(views.find(lost)).isEmpty();
        replayTheProjection();

        assertThat(awaitProjected(caseIds)).as("the rebuilt documents, the lost one too").isEqualTo(projected);
        assertThat(published(caseIds)).as("a replay publishes nothing").hasSize(published.size());
    }

    /** Each writer walks its cases round by round, so commits of different cases interleave. */
    private Set<String> writeConcurrently() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<List<String>>> written = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                written.add(writers.submit(() -> {
                    List<CaseId> mine = new ArrayList<>();
                    for (int c = 0; c < CASES_PER_WRITER; c++) {
                        mine.add(new CaseId(UUID.randomUUID().toString()));
                    }
                    for (CaseId id : mine) {
                        commands.sendAndWait(open(id));
                    }
                    for (Category category : RECLASSIFICATIONS) {
                        for (CaseId id : mine) {
                            commands.sendAndWait(new CategoriseCaseCommand(id, category, null, STAFF, Instant.now()));
                        }
                    }
                    for (CaseId id : mine) {
                        commands.sendAndWait(new RecordFeedbackResponseCommand(id, FeedbackOutcome.NOTED, "Dank je wel",
                                null, STAFF, Instant.now()));
                    }
                    return mine.stream().map(CaseId::value).toList();
                }));
            }
            Set<String> caseIds = new HashSet<>();
            for (Future<List<String>> writer : written) {
                caseIds.addAll(writer.get());
            }
            return caseIds;
        } finally {
            writers.shutdownNow();
        }
    }

    private record StoredEvent(String caseId, long sequence) {
    }

    private Map<String, StoredEvent> storedEventsOf(Set<String> caseIds) {
        Map<String, StoredEvent> stored = new HashMap<>();
        jdbc.query("SELECT eventIdentifier, aggregateIdentifier, sequenceNumber FROM DomainEventEntry", row -> {
            stored.put(row.getString(1), new StoredEvent(row.getString(2), row.getLong(3)));
        });
        assertThat(stored.values()).extracting(StoredEvent::caseId).allMatch(caseIds::contains);
        return stored;
    }

    private List<TopicRecord> published(Set<String> caseIds) {
        return topic.readAll(Topics.CASE_EVENTS, Duration.ofSeconds(30)).stream()
                .filter(record -> caseIds.contains(record.key()))
                .toList();
    }

    private List<TopicRecord> awaitPublished(Set<String> caseIds, int expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        List<TopicRecord> published = published(caseIds);
        while (published.size() < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            published = published(caseIds);
        }
        // The forwarder waits for each ack, so a moment more shows any record sent twice.
        Thread.sleep(1000);
        return published(caseIds);
    }

    private Map<String, CaseView> awaitProjected(Set<String> caseIds) {
        Map<String, CaseView> projected = new HashMap<>();
        for (String caseId : caseIds) {
            CaseView view = views.awaitVersion(caseId, EVENTS_PER_CASE - 1, PATIENCE)
                    .orElseThrow(() -> new AssertionError("Case " + caseId + " was not projected in time"));
            projected.put(caseId, view);
        }
        return projected;
    }

    private void replayTheProjection() {
        StreamingEventProcessor processor = axon.eventProcessingConfiguration()
                .eventProcessor(CaseProjection.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }

    private static OpenFeedbackCaseCommand open(CaseId id) {
        return new OpenFeedbackCaseCommand(id, "FB-2026-" + id.value().substring(0, 4), SubmissionKind.TIP, Channel.EMAIL,
                SubmitterRole.NEIGHBOUR, Category.COMMUNICATION, Language.NL, "Het hek staat vaak open", null, false,
                Instant.now(), Duration.ofDays(14), 0);
    }
}
