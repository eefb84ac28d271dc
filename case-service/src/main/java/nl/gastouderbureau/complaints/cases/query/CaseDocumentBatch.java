package nl.gastouderbureau.complaints.cases.query;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.WriteModel;
import nl.gastouderbureau.complaints.events.CaseEvent;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

/**
 * The case documents that one batch of events reads and changes: read together in one query,
 * folded in memory, and written together in one unordered bulk write. A document's write is
 * conditional on the version it was read at, so a stale writer never overwrites a newer document,
 * and an event applies only to a document at an older version, so a repeated batch changes nothing.
 */
final class CaseDocumentBatch {

    private static final Logger log = LoggerFactory.getLogger(CaseDocumentBatch.class);

    private final MongoCollection<Document> cases;
    private final Function<String, String> dataSubjectOf;
    private final Map<String, Entry> entries = new HashMap<>();

    /** @param dataSubjectOf the data subject a new case's document names, by case id (null if unknown) */
    CaseDocumentBatch(MongoCollection<Document> cases, Function<String, String> dataSubjectOf) {
        this.cases = cases;
        this.dataSubjectOf = dataSubjectOf;
    }

    /** @param versionRead null for a case that had no document yet */
    private record Entry(Document document, Long versionRead, boolean changed) {
    }

    /** Reads the documents of these cases in one query, ahead of their events. */
    void prefetch(Collection<String> caseIds) {
        List<String> unknown = caseIds.stream().distinct().filter(id -> !entries.containsKey(id)).toList();
        if (unknown.isEmpty()) {
            return;
        }
        unknown.forEach(id -> entries.put(id, new Entry(null, null, false)));
        for (Document found : cases.find(in("_id", unknown))) {
            entries.put(found.getString("_id"), read(found));
        }
    }

    void apply(CaseEvent event, long sequence, Instant storedAt) {
        String caseId = event.caseId();
        Entry entry = entries.computeIfAbsent(caseId, id -> {
            Document found = cases.find(eq("_id", id)).first();
            return found == null ? new Entry(null, null, false) : read(found);
        });
        if (entry.document() == null) {
            Document opened = CaseDocuments.open(event, sequence, storedAt);
            if (opened == null) {
                log.warn("Skipped {} at sequence {}: case {} has no document; was its opening event lost?",
                        CaseDocuments.typeOf(event), sequence, caseId);
                return;
            }
            opened.append("dataSubjectId", dataSubjectOf.apply(caseId));
            entries.put(caseId, new Entry(opened, null, true));
            return;
        }
        if (version(entry.document()) >= sequence) {
            return;
        }
        CaseDocuments.apply(entry.document(), event, sequence, storedAt);
        entries.put(caseId, new Entry(entry.document(), entry.versionRead(), true));
    }

    /** Writes every changed document; an opening that another delivery stored first is left as it is. */
    void write() {
        List<WriteModel<Document>> writes = new ArrayList<>();
        entries.forEach((caseId, entry) -> {
            if (!entry.changed()) {
                return;
            }
            writes.add(entry.versionRead() == null
                    ? new InsertOneModel<>(entry.document())
                    : new ReplaceOneModel<>(and(eq("_id", caseId), eq("version", entry.versionRead())), entry.document()));
        });
        entries.clear();
        if (writes.isEmpty()) {
            return;
        }
        try {
            cases.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
    }

    private static Entry read(Document document) {
        return new Entry(document, version(document), false);
    }

    private static long version(Document document) {
        return ((Number) document.get("version")).longValue();
    }
}
