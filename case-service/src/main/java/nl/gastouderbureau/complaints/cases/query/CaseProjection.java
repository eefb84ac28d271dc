package nl.gastouderbureau.complaints.cases.query;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import nl.gastouderbureau.complaints.events.EventType;
import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Updates.push;
import static com.mongodb.client.model.Updates.set;

/**
 * Keeps one document per case in the {@code cases} collection, keyed by case id. Each change
 * carries the event's sequence number and applies only to a document at an older version, so a
 * redelivered or replayed event changes nothing.
 */
@Component
@ProcessingGroup(CaseProjection.PROCESSING_GROUP)
public class CaseProjection {

    public static final String PROCESSING_GROUP = "case-projection";
    static final String COLLECTION = "cases";

    private final MongoCollection<Document> cases;

    public CaseProjection(MongoDatabase database) {
        this.cases = database.getCollection(COLLECTION);
    }

    @EventHandler
    void on(FeedbackCaseOpened event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.caseId(), sequence,
                set("reference", event.reference()),
                set("kind", event.kind().name()),
                set("status", CaseStatus.OPEN.name()),
                set("respondBy", Date.from(event.respondBy())),
                set("overdue", false),
                set("handlerId", null),
                set("verdict", null),
                set("correctiveActions", List.of()),
                set("category", nameOf(event.category())),
                set("channel", nameOf(event.channel())),
                set("submitterRole", nameOf(event.submitterRole())),
                set("message", event.message()),
                set("receivedAt", Date.from(event.receivedAt())),
                timeline(EventType.FEEDBACK_CASE_OPENED, at, "submitter"));
    }

    /** A replay rebuilds the collection from the first event; the version guard would skip it otherwise. */
    @ResetHandler
    void reset() {
        cases.deleteMany(new Document());
    }

    private void apply(String caseId, long sequence, Bson... changes) {
        List<Bson> update = new ArrayList<>(List.of(changes));
        update.add(set("version", sequence));
        try {
            cases.updateOne(and(eq("_id", caseId), lt("version", sequence)), Updates.combine(update),
                    new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            // No document at an older version, so the upsert tried to insert a second one with
            // this id: the case already reflects this event.
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    private static Bson timeline(EventType type, Instant at, String actor) {
        return push("timeline", new Document("type", type.logicalName()).append("at", Date.from(at)).append("actor", actor));
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
