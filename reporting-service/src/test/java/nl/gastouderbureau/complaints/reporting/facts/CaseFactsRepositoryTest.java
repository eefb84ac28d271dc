package nl.gastouderbureau.complaints.reporting.facts;

import nl.gastouderbureau.complaints.testsupport.MemoryMongo;

import com.mongodb.client.MongoDatabase;
import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.events.Verdict;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CaseFactsRepositoryTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-24T10:00:00Z");
    private static final Instant RESPOND_BY = Instant.parse("2026-12-08T10:00:00Z");

    @RegisterExtension
    static final MemoryMongo mongo = new MemoryMongo();
    private MongoDatabase database;
    private CaseFactsRepository facts;

    @BeforeEach
    void freshDatabase() {
        database = mongo.database("reporting");
        database.drop();
        facts = new CaseFactsRepository(database);
    }

    @Test
    void aCaseOpenedTwiceIsOneCase() {
        facts.received("case-1", SubmissionKind.TIP, Channel.PHONE, SubmitterRole.NEIGHBOUR, null, RECEIVED, RESPOND_BY);
        facts.received("case-1", SubmissionKind.TIP, Channel.PHONE, SubmitterRole.NEIGHBOUR, null, RECEIVED, RESPOND_BY);

        assertThat(database.getCollection(CaseFactsRepository.COLLECTION).countDocuments()).isEqualTo(1);
        assertThat(facts.receivedBetween(RECEIVED, RECEIVED.plusSeconds(1))).singleElement().isEqualTo(
                new CaseFact("case-1", SubmissionKind.TIP, Channel.PHONE, SubmitterRole.NEIGHBOUR, null,
                        RECEIVED, RESPOND_BY, null, false, false, false, null, null, null, null, null));
    }

    @Test
    void aRebuiltCollectionIsFilledApartThenSwappedInForReadersAndWriters() {
        facts.received("live", SubmissionKind.TIP, Channel.PHONE, SubmitterRole.NEIGHBOUR, null, RECEIVED, RESPOND_BY);
        CaseFactsRepository rebuilt = facts.fresh("case_facts_rebuilt");
        rebuilt.received("rebuilt", SubmissionKind.IDEA, Channel.EMAIL, SubmitterRole.PARENT, null, RECEIVED, RESPOND_BY);

        assertThat(facts.receivedBetween(RECEIVED, RECEIVED.plusSeconds(1))).extracting(CaseFact::caseId).containsExactly("live");

        assertThat(facts.makeLive(rebuilt)).isEqualTo(CaseFactsRepository.COLLECTION);
        assertThat(facts.collection()).isEqualTo("case_facts_rebuilt");
        assertThat(new CaseFactsRepository(database).collection()).as("another instance follows the pointer").isEqualTo("case_facts_rebuilt");
        facts.overdue("rebuilt");
        assertThat(facts.receivedBetween(RECEIVED, RECEIVED.plusSeconds(1))).singleElement()
                .satisfies(fact -> assertThat(fact.caseId()).isEqualTo("rebuilt"))
                .satisfies(fact -> assertThat(fact.overdue()).isTrue());
    }

    @Test
    void bufferedWritesReachTheStoreOnlyWhenFlushedAndInTheirOrder() {
        CaseFactsRepository buffered = facts.buffered();
        buffered.received("case-1", SubmissionKind.TIP, Channel.PHONE, SubmitterRole.NEIGHBOUR, null, RECEIVED, RESPOND_BY);
        buffered.reclassified("case-1", Category.SAFETY);
        buffered.overdue("case-1");

        assertThat(facts.receivedBetween(RECEIVED, RECEIVED.plusSeconds(1))).isEmpty();
        buffered.flush();
        buffered.flush();

        assertThat(only().category()).isEqualTo(Category.SAFETY);
        assertThat(only().overdue()).isTrue();
    }

    private CaseFact only() {
        return facts.receivedBetween(RECEIVED, RECEIVED.plusSeconds(1)).get(0);
    }

    @Test
    void storesOnlyTheFactsReportsCount() {
        facts.received("case-1", SubmissionKind.IDEA, Channel.WEB_FORM, SubmitterRole.PARENT, Category.SAFETY, RECEIVED, RESPOND_BY);

        Document stored = database.getCollection(CaseFactsRepository.COLLECTION).find().first();
        assertThat(stored.keySet()).containsExactlyInAnyOrder(
                "_id", "kind", "channel", "submitterRole", "category", "receivedAt", "respondBy");
    }

    @Test
    void aReclassificationOutlivesARedeliveredIntake() {
        facts.received("case-1", SubmissionKind.TIP, Channel.PHONE, SubmitterRole.NEIGHBOUR, Category.OTHER, RECEIVED, RESPOND_BY);
        facts.reclassified("case-1", Category.SAFETY);
        facts.received("case-1", SubmissionKind.TIP, Channel.PHONE, SubmitterRole.NEIGHBOUR, Category.OTHER, RECEIVED, RESPOND_BY);

        assertThat(only().category()).isEqualTo(Category.SAFETY);
    }

    @Test
    void anExtendedDeadlineOutlivesARedeliveredFiling() {
        Instant extended = RESPOND_BY.plusSeconds(7 * 24 * 3600);
        facts.received("case-1", SubmissionKind.COMPLAINT, Channel.WEB_FORM, null, null, RECEIVED, RESPOND_BY);
        facts.deadlineExtended("case-1", extended);
        facts.received("case-1", SubmissionKind.COMPLAINT, Channel.WEB_FORM, null, null, RECEIVED, RESPOND_BY);

        assertThat(only().respondBy()).isEqualTo(extended);
    }

    @Test
    void countsEachCorrectiveActionOnceByItsId() {
        facts.received("case-1", SubmissionKind.COMPLAINT, Channel.WEB_FORM, null, null, RECEIVED, RESPOND_BY);
        facts.decided("case-1", RECEIVED.plusSeconds(3600), Verdict.WELL_FOUNDED, Map.of(
                "a.1", LocalDate.parse("2026-12-01"), "$a2", LocalDate.parse("2026-12-02"), "a3", LocalDate.parse("2026-12-03")));
        facts.actionCompleted("case-1", "a.1", RECEIVED.plusSeconds(7200));
        facts.actionCompleted("case-1", "a.1", RECEIVED.plusSeconds(7200));
        facts.actionOverdue("case-1", "$a2");
        facts.actionOverdue("case-1", "$a2");

        assertThat(only().correctiveActions()).isEqualTo(new CaseFact.CorrectiveActions(2, 1, 1));
    }

    @Test
    void aLaterEventForACaseNotYetReceivedIsKeptButNotReported() {
        facts.overdue("case-1");

        assertThat(facts.receivedBetween(Instant.EPOCH, RECEIVED.plusSeconds(1))).isEmpty();

        facts.received("case-1", SubmissionKind.IDEA, Channel.WEB_FORM, SubmitterRole.PARENT, null, RECEIVED, RESPOND_BY);
        assertThat(only().overdue()).isTrue();
    }

    @Test
    void findsCasesReceivedInAHalfOpenPeriod() {
        facts.received("before", SubmissionKind.IDEA, Channel.WEB_FORM, SubmitterRole.PARENT, null, RECEIVED.minusMillis(1), RESPOND_BY);
        facts.received("first", SubmissionKind.IDEA, Channel.WEB_FORM, SubmitterRole.PARENT, null, RECEIVED, RESPOND_BY);
        facts.received("last", SubmissionKind.IDEA, Channel.WEB_FORM, SubmitterRole.PARENT, null, RECEIVED.plusSeconds(59), RESPOND_BY);
        facts.received("after", SubmissionKind.IDEA, Channel.WEB_FORM, SubmitterRole.PARENT, null, RECEIVED.plusSeconds(60), RESPOND_BY);

        assertThat(facts.receivedBetween(RECEIVED, RECEIVED.plusSeconds(60)))
                .extracting(CaseFact::caseId).containsExactlyInAnyOrder("first", "last");
    }
}
