package nl.gastouderbureau.complaints.intake.submission;

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
 * {@code KL-2026-0042} for complaints. The counter is one atomic upsert on a document keyed by
 * {@code _id}, so several intake instances never hand out the same number.
 */
@Component
public class ReferenceGenerator {

    static final ZoneId AGENCY_ZONE = ZoneId.of("Europe/Amsterdam");

    private final MongoCollection<Document> counters;

    public ReferenceGenerator(MongoDatabase database) {
        this.counters = database.getCollection("reference_counters");
    }

    public String next(SubmissionKind kind, Instant receivedAt) {
        String series = prefix(kind) + "-" + receivedAt.atZone(AGENCY_ZONE).getYear();
        Document counter = counters.findOneAndUpdate(eq("_id", series), Updates.inc("last", 1),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return "%s-%04d".formatted(series, counter.getInteger("last"));
    }

    static String prefix(SubmissionKind kind) {
        return kind.isFeedback() ? "FB" : "KL";
    }
}
