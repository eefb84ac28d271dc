package nl.gastouderbureau.complaints.cases.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import nl.gastouderbureau.complaints.events.CaseEvent;
import nl.gastouderbureau.complaints.support.privacy.MongoSubjectKeys;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Keeps one document per case in the {@code cases} collection, keyed by case id. A document's
 * {@code version} is the sequence number of the last event applied to it, and an event applies only
 * to a document at an older version, so a redelivered or replayed event changes nothing.
 * <p>
 * Axon hands one case's events to one thread in order (sequencing per aggregate), so reading the
 * document, folding the event in and writing it back is safe; the write is still conditional on
 * the version read, so a stale writer could never overwrite a newer document. The processor hands
 * over up to a batch of events at a time ({@link CaseDocumentBatch}): two round trips to MongoDB
 * per batch instead of two per event.
 */
@Component
@ProcessingGroup(CaseProjection.PROCESSING_GROUP)
public class CaseProjection {

    public static final String PROCESSING_GROUP = "case-projection";
    static final String COLLECTION = "cases";
    private static final String BATCH = CaseProjection.class.getName() + ".batch";

    private final MongoCollection<Document> cases;
    private final MongoSubjectKeys keys;
    private final ProjectionWrites writes;

    @Autowired
    public CaseProjection(MongoDatabase database, MongoSubjectKeys keys, ProjectionWrites writes) {
        this.cases = database.getCollection(COLLECTION);
        this.keys = keys;
        this.writes = writes;
    }

    public CaseProjection(MongoDatabase database, MongoSubjectKeys keys) {
        this(database, keys, new ProjectionWrites());
    }

    /**
     * Folds the event into the document that its batch holds; the batch's documents are read on
     * first use and written when the unit of work commits, before the token moves on.
     */
    @EventHandler
    void on(CaseEvent event, @SequenceNumber long sequence, @Timestamp Instant storedAt, UnitOfWork<?> unitOfWork) {
        batchOf(unitOfWork.root()).apply(event, sequence, storedAt);
    }

    /** One event in a batch of its own, written at once. */
    void on(CaseEvent event, long sequence, Instant storedAt) {
        CaseDocumentBatch batch = newBatch();
        batch.apply(event, sequence, storedAt);
        batch.write();
        writes.written();
    }

    /** Staff find the data subject on the case to erase their data (P2); intake named it with the case's key. */
    private CaseDocumentBatch newBatch() {
        return new CaseDocumentBatch(cases, caseId -> keys.subjectOf(caseId).orElse(null));
    }

    private CaseDocumentBatch batchOf(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(BATCH, key -> {
            CaseDocumentBatch batch = newBatch();
            if (unitOfWork instanceof BatchingUnitOfWork<?> events) {
                // Before any payload is read: reading one opens its personal fields with the case's key.
                keys.prefetch(events.getMessages().stream()
                        .filter(DomainEventMessage.class::isInstance)
                        .map(message -> ((DomainEventMessage<?>) message).getAggregateIdentifier())
                        .toList());
                batch.prefetch(events.getMessages().stream()
                        .map(Message::getPayload)
                        .filter(CaseEvent.class::isInstance)
                        .map(payload -> ((CaseEvent) payload).caseId())
                        .toList());
            }
            unitOfWork.onPrepareCommit(committing -> {
                batch.write();
                writes.written();
            });
            return batch;
        });
    }

    /** A replay rebuilds the collection from the first event; the version guard would skip it otherwise. */
    @ResetHandler
    void reset() {
        cases.deleteMany(new Document());
    }
}
