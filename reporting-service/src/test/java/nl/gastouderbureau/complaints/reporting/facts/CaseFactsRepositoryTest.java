package nl.gastouderbureau.complaints.reporting.facts;

import nl.gastouderbureau.complaints.testsupport.MemoryMongo;

import com.mongodb.client.MongoDatabase;
import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CaseFactsRepositoryTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-24T10:00:00Z");
    private static final Instant RESPOND_BY = Instant.parse("2026-12-08T10:00:00Z");

    private static MemoryMongo mongo;
    private MongoDatabase database;
    private CaseFactsRepository facts;

    @BeforeAll
    static void startMongo() {
        mongo = new MemoryMongo();
    }

    @AfterAll
    static void stopMongo() {
        mongo.close();
    }

    @BeforeEach
    void freshDatabase() {
        database = mongo.database("reporting");
        database.drop();
        facts = new CaseFactsRepository(database);
    }

    @Test
    void aCaseOpenedTwiceIsOneCase() {
        facts.opened("case-1", SubmissionKind.TIP, Channel.PHONE, SubmitterRole.NEIGHBOUR, null, RECEIVED, RESPOND_BY);
        facts.opened("case-1", SubmissionKind.TIP, Channel.PHONE, SubmitterRole.NEIGHBOUR, null, RECEIVED, RESPOND_BY);

        assertThat(database.getCollection(CaseFactsRepository.COLLECTION).countDocuments()).isEqualTo(1);
        assertThat(facts.receivedBetween(RECEIVED, RECEIVED.plusSeconds(1))).singleElement().isEqualTo(
                new CaseFact("case-1", SubmissionKind.TIP, Channel.PHONE, SubmitterRole.NEIGHBOUR, null,
                        RECEIVED, RESPOND_BY, null, null, false, false));
    }

    @Test
    void storesOnlyTheFactsReportsCount() {
        facts.opened("case-1", SubmissionKind.IDEA, Channel.WEB_FORM, SubmitterRole.PARENT, Category.SAFETY, RECEIVED, RESPOND_BY);

        Document stored = database.getCollection(CaseFactsRepository.COLLECTION).find().first();
        assertThat(stored.keySet()).containsExactlyInAnyOrder(
                "_id", "kind", "channel", "submitterRole", "category", "receivedAt", "respondBy");
    }

    @Test
    void findsCasesReceivedInAHalfOpenPeriod() {
        facts.opened("before", SubmissionKind.IDEA, Channel.WEB_FORM, SubmitterRole.PARENT, null, RECEIVED.minusMillis(1), RESPOND_BY);
        facts.opened("first", SubmissionKind.IDEA, Channel.WEB_FORM, SubmitterRole.PARENT, null, RECEIVED, RESPOND_BY);
        facts.opened("last", SubmissionKind.IDEA, Channel.WEB_FORM, SubmitterRole.PARENT, null, RECEIVED.plusSeconds(59), RESPOND_BY);
        facts.opened("after", SubmissionKind.IDEA, Channel.WEB_FORM, SubmitterRole.PARENT, null, RECEIVED.plusSeconds(60), RESPOND_BY);

        assertThat(facts.receivedBetween(RECEIVED, RECEIVED.plusSeconds(60)))
                .extracting(CaseFact::caseId).containsExactlyInAnyOrder("first", "last");
    }
}
