package nl.gastouderbureau.complaints.support.privacy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import nl.gastouderbureau.complaints.events.ErasureReason;
import nl.gastouderbureau.complaints.events.privacy.SubjectKey;
import nl.gastouderbureau.complaints.events.privacy.SubjectKeys;
import org.bson.Document;
import org.bson.types.Binary;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The case keys in the {@code keys} collection of their own database, one document per case
 * ({@code _id} = case id) holding the data subject, the key and, once erased, when and why instead
 * of the key. The document of an erased key stays as a tombstone, so no key is ever made again for
 * that case and nothing written later for it is readable.
 * <p>
 * Keys are cached for a short while, since every event read or written needs one; an erased key
 * is forgotten at once here, and elsewhere on the erasure event ({@link #forget}) or at the latest
 * when the cached copy expires.
 */
public class MongoSubjectKeys implements SubjectKeys {

    private static final int MAX_CACHED = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoCollection<Document> keys;
    private final Duration cacheTtl;
    private final Clock clock;
    private final ConcurrentMap<String, Cached> cache = new ConcurrentHashMap<>();

    public MongoSubjectKeys(MongoDatabase database, Duration cacheTtl, Clock clock) {
        this.keys = database.getCollection("keys");
        this.cacheTtl = cacheTtl;
        this.clock = clock;
        keys.createIndex(Indexes.ascending("subjectId"));
    }

    /** Makes the case's key for its data subject, unless the case has one (or had one) already. */
    public void create(String caseId, String subjectId) {
        byte[] key = randomKey();
        Document document = new Document("_id", caseId)
                .append("subjectId", subjectId)
                .append("createdAt", Date.from(clock.instant()))
                .append("key", new Binary(key));
        try {
            keys.insertOne(document);
            // The submission is sealed with it next: no need to read back what was just written.
            remember(caseId, subjectId, Optional.of(new SubjectKey(caseId, key)), false);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    @Override
    public Optional<SubjectKey> forWriting(String caseId) {
        Optional<SubjectKey> key = forReading(caseId);
        if (key.isEmpty() && !cache.containsKey(caseId)) {
            // Insert-if-absent: a tombstone is never replaced, so an erased case stays without a key.
            // A case no submission through intake opened (a test's, an old event's) gets its key on first use.
            create(caseId, null);
            key = forReading(caseId);
        }
        return key;
    }

    @Override
    public Optional<SubjectKey> forReading(String caseId) {
        return cached(caseId).map(Cached::key).orElse(Optional.empty());
    }

    private Cached remember(String caseId, String subjectId, Optional<SubjectKey> key, boolean erased) {
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        Cached cached = new Cached(subjectId, key, erased, System.nanoTime() + cacheTtl.toNanos());
        cache.put(caseId, cached);
        return cached;
    }

    /**
     * Reads the key documents of these cases that are not cached, in one query, so that a batch of
     * events (a replay reads every case once) costs one round trip instead of one per case.
     */
    public void prefetch(Collection<String> caseIds) {
        List<String> missing = caseIds.stream().distinct().filter(caseId -> !isFresh(cache.get(caseId))).toList();
        if (missing.isEmpty()) {
            return;
        }
        for (Document document : keys.find(Filters.in("_id", missing))) {
            remember(document);
        }
    }

    /** The data subject whose case it is; empty for a case without a key or without a known subject. */
    public Optional<String> subjectOf(String caseId) {
        return cached(caseId).map(Cached::subjectId);
    }

    /**
     * The case's key document as last read or written here, read again once the cached copy has
     * expired (an erased key never comes back, so its tombstone is kept); empty if there is none.
     */
    private Optional<Cached> cached(String caseId) {
        Cached cached = cache.get(caseId);
        if (isFresh(cached)) {
            return Optional.of(cached);
        }
        Document document = keys.find(Filters.eq("_id", caseId)).first();
        if (document == null) {
            cache.remove(caseId);
            return Optional.empty();
        }
        return Optional.of(remember(document));
    }

    /** An erased key never comes back, so its tombstone never expires. */
    private static boolean isFresh(Cached cached) {
        return cached != null && (cached.erased || cached.expiresAt - System.nanoTime() > 0);
    }

    private Cached remember(Document document) {
        String caseId = document.getString("_id");
        Binary bytes = document.get("key", Binary.class);
        Optional<SubjectKey> key = bytes == null ? Optional.empty() : Optional.of(new SubjectKey(caseId, bytes.getData()));
        return remember(caseId, document.getString("subjectId"), key, bytes == null);
    }

    /** Every case of the data subject, erased or not. */
    public List<SubjectCase> casesOf(String subjectId) {
        List<SubjectCase> cases = new ArrayList<>();
        keys.find(Filters.eq("subjectId", subjectId))
                .forEach(d -> cases.add(new SubjectCase(d.getString("_id"), subjectId, d.get("key") == null)));
        return cases;
    }

    /**
     * Deletes the case's key, keeping a tombstone (a case without one gets one, so no key is ever
     * made for it after this). Idempotent.
     */
    public void erase(String caseId, ErasureReason reason, Instant at) {
        keys.updateOne(Filters.eq("_id", caseId), Updates.combine(
                        Updates.unset("key"),
                        Updates.set("erasedAt", Date.from(at)),
                        Updates.set("erasedFor", reason.name())),
                new UpdateOptions().upsert(true));
        forget(caseId);
    }

    /** Drops the cached key of a case, as soon as its erasure is heard of. */
    public void forget(String caseId) {
        cache.remove(caseId);
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    /** A case of a data subject: its id, and whether its personal data is erased already. */
    public record SubjectCase(String caseId, String subjectId, boolean erased) {
    }

    private record Cached(String subjectId, Optional<SubjectKey> key, boolean erased, long expiresAt) {
    }
}
