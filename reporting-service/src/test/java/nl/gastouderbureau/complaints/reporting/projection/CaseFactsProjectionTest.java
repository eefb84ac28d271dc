package nl.gastouderbureau.complaints.reporting.projection;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.CloseReason;
import nl.gastouderbureau.complaints.events.EventCodec;
import nl.gastouderbureau.complaints.events.EventHeaders;
import nl.gastouderbureau.complaints.events.FeedbackOutcome;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.Topics;
import nl.gastouderbureau.complaints.events.Verdict;
import nl.gastouderbureau.complaints.reporting.facts.CaseFact;
import nl.gastouderbureau.complaints.reporting.facts.CaseFact.CorrectiveActions;
import nl.gastouderbureau.complaints.reporting.facts.CaseFactsRepository;
import nl.gastouderbureau.complaints.reporting.projection.HandComputedCases.Published;
import nl.gastouderbureau.complaints.testsupport.MemoryMongo;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The projection fed event sequences as Kafka would deliver them, into an in-memory MongoDB-protocol store. */
class CaseFactsProjectionTest {

    private static final Instant EVER = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant NEVER = Instant.parse("2100-01-01T00:00:00Z");

    @RegisterExtension
    static final MemoryMongo mongo = new MemoryMongo();
    private MongoDatabase database;
    private CaseFactsRepository facts;
    private SimpleMeterRegistry metrics;
    private CaseFactsProjection projection;
    private final HandComputedCases cases = new HandComputedCases(2026);

    @BeforeEach
    void freshDatabase() {
        database = mongo.database("reporting");
        database.drop();
        facts = new CaseFactsRepository(database);
        metrics = new SimpleMeterRegistry();
        projection = new CaseFactsProjection(facts, metrics);
    }

    @Test
    void recordsWhatHappenedToEachCase() {
        deliver(cases.events());

        Map<String, CaseFact> byId = all();
        CaseFact a = byId.get(cases.id("A"));
        assertThat(a.kind()).isEqualTo(SubmissionKind.IDEA);
        assertThat(a.category()).isEqualTo(Category.COMMUNICATION);
        assertThat(a.respondedOnTime()).isTrue();
        assertThat(a.outcome()).isEqualTo(FeedbackOutcome.ADOPTED);

        CaseFact b = byId.get(cases.id("B"));
        assertThat(b.category()).as("reclassified").isEqualTo(Category.SAFETY);
        assertThat(b.overdue()).isTrue();
        assertThat(b.respondedOnTime()).isFalse();

        CaseFact d = byId.get(cases.id("D"));
        assertThat(d.kind()).isEqualTo(SubmissionKind.INFORMAL_COMPLAINT);
        assertThat(d.responded()).isTrue();
        assertThat(d.respondedOnTime()).as("an informal complaint has no promise").isNull();
        assertThat(d.closeReason()).isEqualTo(CloseReason.CONTINUED_AS_FORMAL);

        CaseFact e = byId.get(cases.id("E"));
        assertThat(e.kind()).isEqualTo(SubmissionKind.COMPLAINT);
        assertThat(e.channel()).isEqualTo(Channel.WEB_FORM);
        assertThat(e.submitterRole()).isNull();
        assertThat(e.respondBy()).as("as extended").isEqualTo(e.receivedAt().plusSeconds(21 * 24 * 3600));
        assertThat(e.respondedOnTime()).as("decided after 20 days, within the extension").isTrue();
        assertThat(e.verdict()).isEqualTo(Verdict.PARTLY_WELL_FOUNDED);
        assertThat(e.correctiveActions()).isEqualTo(new CorrectiveActions(1, 1, 1));

        CaseFact f = byId.get(cases.id("F"));
        assertThat(f.overdue()).isTrue();
        assertThat(f.legalLimitExceeded()).isTrue();
        assertThat(f.referredExternally()).isTrue();
        assertThat(f.respondedOnTime()).isFalse();
        assertThat(f.correctiveActions()).isEqualTo(CorrectiveActions.NONE);

        assertThat(byId.get(cases.id("C")).responded()).isFalse();
        assertThat(byId).hasSize(7);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        deliver(cases.events());
        Map<String, CaseFact> once = all();

        freshDatabase();
        deliver(cases.withRedeliveries());

        assertThat(all()).isEqualTo(once);
    }

    @Test
    void theOrderOfArrivalDoesNotMatter() {
        deliver(cases.events());
        Map<String, CaseFact> inOrder = all();

        for (long seed = 1; seed <= 10; seed++) {
            List<Published> shuffled = new ArrayList<>(cases.withRedeliveries());
            Collections.shuffle(shuffled, new Random(seed));
            freshDatabase();
            deliver(shuffled);

            assertThat(all()).as("shuffled with seed %d", seed).isEqualTo(inOrder);
        }
    }

    @Test
    void storesNoPersonalDataOrFreeText() {
        deliver(cases.events());

        for (Document stored : database.getCollection("case_facts").find()) {
            String json = stored.toJson();
            assertThat(json).doesNotContain("Oma", "oma@example.nl", "0612345678", "Vrije tekst", "Klaas", "Piet",
                    "Excuses", "Redenering", "Samenvatting", "Onderwerp", "Omschrijving", "Niet tevreden", "client", "staff",
                    "Gebeld met oma", "Teruggebeld", "Bericht per mail", "reply-B");
            assertThat(stored.keySet()).isSubsetOf("_id", "kind", "channel", "submitterRole", "category", "receivedAt",
                    "respondBy", "extendedRespondBy", "reclassifiedCategory", "respondedAt", "outcome", "verdict", "actions",
                    "overdue", "legalLimitExceeded", "referredExternally", "closedAt", "closeReason",
                    "contactRequested", "contactMade", "contactOverdue");
        }
    }

    @Test
    void countsTheEventsItProjectedAndSkipsTheRest() {
        deliver(cases.events());

        assertThat(projected("FeedbackCaseOpened")).as("A, B, C, G").isEqualTo(4);
        assertThat(projected("ComplaintFiled")).isEqualTo(2);
        assertThat(projected("ComplaintDecided")).isEqualTo(2);
        assertThat(projected("HandlerAssigned")).isZero();
        assertThat(projected("ClientSatisfactionRecorded")).isZero();
        assertThat(projected("PersonalContactRequested")).as("A, C").isEqualTo(2);
        assertThat(projected("PersonalContactRecorded")).as("A, D").isEqualTo(2);
        assertThat(projected("PersonalContactOverdue")).as("C").isEqualTo(1);
        assertThat(projected("SubmitterMessageAdded")).as("skipped, not dead-lettered").isZero();
    }

    @Test
    void recordsTheContactTaskOfEachCase() {
        deliver(cases.events());

        Map<String, CaseFact> byId = all();
        assertThat(byId.get(cases.id("A")).personalContact()).isEqualTo(new CaseFact.PersonalContact(true, true, false));
        assertThat(byId.get(cases.id("C")).personalContact()).isEqualTo(new CaseFact.PersonalContact(true, false, true));
        assertThat(byId.get(cases.id("D")).personalContact()).isEqualTo(new CaseFact.PersonalContact(false, true, false));
        assertThat(byId.get(cases.id("B")).personalContact()).isEqualTo(CaseFact.PersonalContact.NONE);
    }

    @Test
    void skipsAnEventTypeItDoesNotKnow() {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.CASE_EVENTS, 0, 0L, "case-1",
                "{\"caseId\":\"case-1\"}".getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.EVENT_ID, "event-1".getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.EVENT_TYPE, "SomethingNew".getBytes(StandardCharsets.UTF_8));

        projection.on(record);

        assertThat(database.getCollection("case_facts").countDocuments()).isZero();
    }

    @Test
    void refusesAnUnreadableRecordSoItIsDeadLettered() {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.CASE_EVENTS, 0, 0L, "case-1",
                "{not json".getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.EVENT_ID, "event-1".getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.EVENT_TYPE, "FeedbackCaseOpened".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> projection.on(record)).isInstanceOf(EventCodec.UnreadableEventException.class);
    }

    private void deliver(List<Published> events) {
        events.forEach(event -> projection.on(HandComputedCases.record(event)));
    }

    private Map<String, CaseFact> all() {
        return facts.receivedBetween(EVER, NEVER).stream()
                .sorted(Comparator.comparing(CaseFact::caseId))
                .collect(Collectors.toMap(CaseFact::caseId, Function.identity()));
    }

    private double projected(String type) {
        return metrics.counter("complaints.reporting.events.projected", "type", type).count();
    }
}
