package nl.gastouderbureau.complaints.intake.submission;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import nl.gastouderbureau.complaints.events.EventCodec;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmissionReceived;
import nl.gastouderbureau.complaints.support.kafka.EventMetadata;
import nl.gastouderbureau.complaints.support.web.IdempotencyKeyReusedException;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;
import java.util.function.Supplier;

import static com.mongodb.client.model.Filters.eq;

/**
 * What each {@code Idempotency-Key} stands for, in the {@code idempotency_keys} collection, keyed
 * by {@code _id} = caller and key.
 * <p>
 * On first sight a key is bound to a fixed submission (id, reference, event id, time of receipt)
 * <em>before</em> anything is published, so a retry after a failed or unanswered publish sends the
 * very same {@link SubmissionReceived} again and the case service, which opens a case once per
 * submission id, opens no second case. Once Kafka acknowledged the event the record keeps only the
 * answer: the event with its personal data is dropped from it (DESIGN P1).
 */
@Component
public class IdempotencyRecords {

    private static final int DUPLICATE_KEY = 11000;
    private static final String PENDING = "PENDING";
    private static final String ACCEPTED = "ACCEPTED";

    private final MongoCollection<Document> keys;

    public IdempotencyRecords(MongoDatabase database) {
        this.keys = database.getCollection("idempotency_keys");
    }

    /**
     * The submission this key is bound to: the stored one if the key was seen before, else the one
     * {@code fresh} prepares, now bound to it.
     *
     * @throws IdempotencyKeyReusedException when the key was used for a different request
     */
    Bound bind(IdempotencyKey key, Supplier<Prepared> fresh) {
        Document stored = keys.find(eq("_id", key.id())).first();
        if (stored == null) {
            Prepared prepared = fresh.get();
            try {
                keys.insertOne(pending(key, prepared));
                return new Bound(prepared, null);
            } catch (MongoException e) {
                if (e.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                // A concurrent request with the same key got there first: follow its binding.
                stored = keys.find(eq("_id", key.id())).first();
            }
        }
        if (!key.fingerprint().equals(stored.getString("fingerprint"))) {
            throw new IdempotencyKeyReusedException();
        }
        return ACCEPTED.equals(stored.getString("state"))
                ? new Bound(null, accepted(stored))
                : new Bound(prepared(stored), null);
    }

    void accepted(IdempotencyKey key, Accepted accepted) {
        keys.updateOne(eq("_id", key.id()), Updates.combine(
                Updates.set("state", ACCEPTED),
                Updates.unset("event"),
                Updates.set("submissionId", accepted.submissionId()),
                Updates.set("reference", accepted.reference()),
                Updates.set("kind", accepted.kind().name()),
                Updates.set("dueBy", accepted.dueBy() == null ? null : Date.from(accepted.dueBy()))));
    }

    private static Document pending(IdempotencyKey key, Prepared prepared) {
        return new Document("_id", key.id())
                .append("fingerprint", key.fingerprint())
                .append("state", PENDING)
                .append("createdAt", Date.from(prepared.metadata().occurredAt()))
                .append("eventId", prepared.metadata().eventId())
                .append("correlationId", prepared.metadata().correlationId())
                .append("event", new Binary(EventCodec.toJson(prepared.event())))
                .append("dueBy", prepared.dueBy() == null ? null : Date.from(prepared.dueBy()));
    }

    private static Prepared prepared(Document stored) {
        SubmissionReceived event = EventCodec.fromJson(stored.get("event", Binary.class).getData(), SubmissionReceived.class);
        return new Prepared(event, new EventMetadata(stored.getString("eventId"), event.receivedAt(),
                stored.getString("correlationId")), instant(stored.getDate("dueBy")));
    }

    private static Accepted accepted(Document stored) {
        return new Accepted(stored.getString("submissionId"), stored.getString("reference"),
                SubmissionKind.valueOf(stored.getString("kind")), instant(stored.getDate("dueBy")));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** A submission ready to publish: the event, its headers and the date promised to the submitter. */
    record Prepared(SubmissionReceived event, EventMetadata metadata, Instant dueBy) {

        Accepted accepted() {
            return new Accepted(event.submissionId(), event.reference(), event.kind(), dueBy);
        }
    }

    /** Either a submission still to publish, or the answer given before. */
    record Bound(Prepared toPublish, Accepted answered) {
    }
}
