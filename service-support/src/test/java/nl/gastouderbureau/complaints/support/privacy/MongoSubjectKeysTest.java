package nl.gastouderbureau.complaints.support.privacy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import nl.gastouderbureau.complaints.events.ErasureReason;
import nl.gastouderbureau.complaints.events.privacy.SubjectKey;
import nl.gastouderbureau.complaints.infra.FreePorts;
import nl.gastouderbureau.complaints.infra.MongoStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MongoSubjectKeysTest {

    private static final MongoStore STORE = MongoStore.start(FreePorts.pick(), null);
    private static final MongoClient CLIENT = MongoClients.create(STORE.connectionString("subject_keys"));
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final MongoSubjectKeys keys = keys();
    private final MongoSubjectKeys elsewhere = keys();

    @AfterAll
    static void stop() {
        CLIENT.close();
        STORE.close();
    }

    @Test
    void aKeyMadeForASubjectIsReadByEveryServiceAndNotMadeTwice() {
        String caseId = caseId();
        keys.create(caseId, "ds-a");
        SubjectKey key = keys.forReading(caseId).orElseThrow();

        keys.create(caseId, "ds-b");

        assertThat(elsewhere.forReading(caseId)).contains(key);
        assertThat(elsewhere.forWriting(caseId)).contains(key);
        assertThat(keys.subjectOf(caseId)).contains("ds-a");
    }

    @Test
    void erasingDeletesTheKeyForGoodAndKeepsTheSubjectsCaseListed() {
        String first = caseId();
        String second = caseId();
        keys.create(first, "ds-c");
        keys.create(second, "ds-c");
        elsewhere.forReading(first);

        keys.erase(first, ErasureReason.ERASURE_REQUEST, NOW);

        assertThat(keys.forReading(first)).isEmpty();
        assertThat(keys.forWriting(first)).as("no new key for an erased case").isEmpty();
        assertThat(keys.forReading(second)).isPresent();
        assertThat(keys.casesOf("ds-c")).containsExactlyInAnyOrder(
                new MongoSubjectKeys.SubjectCase(first, "ds-c", true),
                new MongoSubjectKeys.SubjectCase(second, "ds-c", false));
        elsewhere.forget(first);
        assertThat(elsewhere.forReading(first)).isEmpty();
    }

    @Test
    void aCaseWithoutAKeyGetsOneWhenFirstWrittenUnlessErased() {
        String fresh = caseId();
        String erased = caseId();
        keys.erase(erased, ErasureReason.RETENTION, NOW);

        assertThat(keys.forWriting(fresh)).isPresent();
        assertThat(keys.forWriting(erased)).isEmpty();
        assertThat(keys.casesOf("nobody")).isEmpty();
    }

    @Test
    void prefetchedKeysAreReadFromTheCacheAndAnErasedOneStaysErased() {
        String first = caseId();
        String second = caseId();
        String erased = caseId();
        keys.create(first, "ds-d");
        keys.create(second, "ds-d");
        keys.erase(erased, ErasureReason.RETENTION, NOW);
        SubjectKey firstKey = keys.forReading(first).orElseThrow();

        elsewhere.prefetch(List.of(first, second, erased, caseId()));
        CLIENT.getDatabase("subject_keys").getCollection("keys").deleteMany(Filters.in("_id", first, second));

        assertThat(elsewhere.forReading(first)).as("from the prefetched copy").contains(firstKey);
        assertThat(elsewhere.forReading(second)).isPresent();
        assertThat(elsewhere.subjectOf(second)).contains("ds-d");
        assertThat(elsewhere.forReading(erased)).isEmpty();
    }

    @Test
    void subjectIdsAreStablePerAccountAndAddressAndRevealNeither() {
        DataSubjects subjects = new DataSubjects("secret");

        String byAccount = subjects.of("Client ", null);
        String byAddress = subjects.of(null, new nl.gastouderbureau.complaints.events.Contact("A", " Oma@Example.nl", null));

        assertThat(byAccount).isEqualTo(subjects.of("client", null)).doesNotContain("client");
        assertThat(byAddress).isEqualTo(subjects.of(null, new nl.gastouderbureau.complaints.events.Contact(null, "oma@example.nl", null)))
                .doesNotContain("oma");
        assertThat(subjects.of(null, null)).isNotEqualTo(subjects.of(null, null));
        assertThat(new DataSubjects("other").of("client", null)).isNotEqualTo(byAccount);
        assertThat(DataSubjects.isWellFormed(byAccount)).isTrue();
        assertThat(DataSubjects.isWellFormed(subjects.of(null, null))).isTrue();
        assertThat(DataSubjects.isWellFormed("ds-<script>")).isFalse();
    }

    private static MongoSubjectKeys keys() {
        return new MongoSubjectKeys(CLIENT.getDatabase("subject_keys"), Duration.ofMinutes(1), Clock.systemUTC());
    }

    private static String caseId() {
        return UUID.randomUUID().toString();
    }
}
