package nl.gastouderbureau.complaints.infra;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.NoopOplog;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What H2's background writer may be serialising at any moment must not change under it. */
class MongoFileDatabaseTest {

    @TempDir
    Path dir;
    private MVStore store;
    private MongoCollection<Object> collection;
    private MVMap<Object, Document> held;

    @BeforeEach
    void open() {
        store = new MVStore.Builder().fileName(dir.resolve("mongo.mv.db").toString()).open();
        collection = new MongoFileDatabase("db", store, new CursorRegistry())
                .openOrCreateCollection("notifications", CollectionOptions.withDefaults());
        held = store.openMap(MongoFileDatabase.DATA_PREFIX + "db.notifications", StoredTypes.documents());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anUpdateLeavesTheDocumentTheStoreHoldsForItsWriterAsItWas() {
        collection.addDocument(new Document("_id", "e-1:ACKNOWLEDGEMENT").append("status", "PENDING")
                .append("content", new Document("subject", "[FB-1] Ontvangen")));
        Document beingWritten = held.values().iterator().next();

        collection.updateDocuments(new Document("_id", "e-1:ACKNOWLEDGEMENT"),
                new Document("$set", new Document("status", "SENT")).append("$unset", new Document("content", "")),
                ArrayFilters.empty(), false, false, NoopOplog.get());

        assertThat(beingWritten).containsEntry("status", "PENDING").containsKey("content");
        assertThat(held.values().iterator().next()).containsEntry("status", "SENT").doesNotContainKey("content");
    }

    @Test
    void aFindAndModifyLeavesTheDocumentTheStoreHoldsAsItWasToo() {
        collection.addDocument(new Document("_id", "e-1:ACKNOWLEDGEMENT").append("status", "FAILED"));
        Document beingWritten = held.values().iterator().next();

        collection.findAndModify(new Document("findAndModify", "notifications")
                .append("query", new Document("status", "FAILED"))
                .append("update", new Document("$set", new Document("status", "PENDING"))));

        assertThat(beingWritten).containsEntry("status", "FAILED");
        assertThat(held.values().iterator().next()).containsEntry("status", "PENDING");
    }
}
