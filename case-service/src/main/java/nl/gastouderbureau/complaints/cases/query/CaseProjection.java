package nl.gastouderbureau.complaints.cases.query;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import nl.gastouderbureau.complaints.events.CaseEvent;
import nl.gastouderbureau.complaints.support.privacy.MongoSubjectKeys;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

/**
 * Keeps one document per case in the {@code cases} collection, keyed by case id. A document's
 * {@code version} is the sequence number of the last event applied to it, and an event applies only
 * to a document at an older version, so a redelivered or replayed event changes nothing.
 * <p>
 * Axon hands one case's events to one thread in order (sequencing per aggregate), so reading the
 * document, folding the event in and writing it back is safe; the write is still conditional on
 * the version read, so a stale writer could never overwrite a newer document.
 */
@Component
@ProcessingGroup(CaseProjection.PROCESSING_GROUP)
public class CaseProjection {

    public static final String PROCESSING_GROUP = "case-projection";
    static final String COLLECTION = "cases";

    private static final Logger log = LoggerFactory.getLogger(CaseProjection.class);

    private final MongoCollection<Document> cases;
    private final MongoSubjectKeys keys;

    public CaseProjection(MongoDatabase database, MongoSubjectKeys keys) {
        this.cases = database.getCollection(COLLECTION);
        this.keys = keys;
    }

    @EventHandler
    void on(CaseEvent event, @SequenceNumber long sequence, @Timestamp Instant storedAt) {
        Document current = cases.find(eq("_id", event.caseId())).first();
        if (current == null) {
            open(event, sequence, storedAt);
            return;
        }
        long version = ((Number) current.get("version")).longValue();
        if (version >= sequence) {
            return;
        }
        CaseDocuments.apply(current, event, sequence, storedAt);
        cases.replaceOne(and(eq("_id", event.caseId()), eq("version", version)), current);
    }

    /** A replay rebuilds the collection from the first event; the version guard would skip it otherwise. */
    @ResetHandler
    void reset() {
        cases.deleteMany(new Document());
    }

    private void open(CaseEvent event, long sequence, Instant storedAt) {
        Document opened = CaseDocuments.open(event, sequence, storedAt);
        if (opened == null) {
            log.warn("Skipped {} at sequence {}: case {} has no document; was its opening event lost?",
                    CaseDocuments.typeOf(event), sequence, event.caseId());
            return;
        }
        // Staff find the data subject here to erase their data (P2); intake named it with the case's key.
        opened.append("dataSubjectId", keys.subjectOf(event.caseId()).orElse(null));
        try {
            cases.insertOne(opened);
        } catch (MongoWriteException e) {
            // Another delivery of the opening event got there first.
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }
}
