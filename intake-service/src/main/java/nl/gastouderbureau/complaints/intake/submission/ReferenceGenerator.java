package nl.gastouderbureau.complaints.intake.submission;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;

import static com.mongodb.client.model.Filters.eq;

/**
 * Short human references, counted per prefix and year: {@code FB-2026-0117} for feedback,
 * {@code KL-2026-0042} for complaints, unique also with several intake instances.
 * <p>
 * A counter proposes the next number; inserting the reference as an {@code _id} claims it. The
 * claim is what guarantees uniqueness: the MongoDB stand-in was seen handing the same counter
 * value to two concurrent requests, and two first-of-the-year upserts may race on real MongoDB.
 */
@Component
public class ReferenceGenerator {

    static final ZoneId AGENCY_ZONE = ZoneId.of("Europe/Amsterdam");
    private static final int DUPLICATE_KEY = 11000;

    private final MongoCollection<Document> counters;
    private final MongoCollection<Document> claimed;

    public ReferenceGenerator(MongoDatabase database) {
        this.counters = database.getCollection("reference_counters");
        this.claimed = database.getCollection("references");
    }

    public String next(SubmissionKind kind, Instant receivedAt) {
        String series = prefix(kind) + "-" + receivedAt.atZone(AGENCY_ZONE).getYear();
        while (true) {
            try {
                String reference = "%s-%04d".formatted(series, nextNumber(series));
                claimed.insertOne(new Document("_id", reference));
                return reference;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            } catch (MongoCommandException e) {
                if (e.getErrorCode() != DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
    }

    private int nextNumber(String series) {
        return counters.findOneAndUpdate(eq("_id", series), Updates.inc("last", 1),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER)).getInteger("last");
    }

    static String prefix(SubmissionKind kind) {
        return kind.isFeedback() ? "FB" : "KL";
    }
}
