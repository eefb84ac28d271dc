package nl.gastouderbureau.complaints.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MongoStoreIT {

    @Test
    void aDocumentInsertedInMemoryIsFound() {
        try (MongoStore store = MongoStore.start(0, null);
             MongoClient client = MongoClients.create(store.connectionString("cases"))) {
            MongoCollection<Document> cases = client.getDatabase("cases").getCollection("case_summary");
            cases.insertOne(new Document("_id", "case-1").append("status", "FILED"));

            assertThat(cases.find(new Document("_id", "case-1")).first()).containsEntry("status", "FILED");
        }
    }

    @Test
    void documentsSurviveARestartOnTheSameData(@TempDir Path dataDir) {
        int port;
        try (MongoStore store = MongoStore.start(0, dataDir);
             MongoClient client = MongoClients.create(store.connectionString("reporting"))) {
            port = store.port();
            client.getDatabase("reporting").getCollection("monthly").insertOne(new Document("_id", "2026-11").append("received", 3));
        }

        try (MongoStore store = MongoStore.start(port, dataDir);
             MongoClient client = MongoClients.create(store.connectionString("reporting"))) {
            assertThat(client.getDatabase("reporting").getCollection("monthly").find().first())
                    .containsEntry("_id", "2026-11")
                    .containsEntry("received", 3);
        }
    }

    @Test
    void everyKindOfValueComesBackAsItWasStoredAfterARestart(@TempDir Path dataDir) {
        Document stored = new Document("_id", "case-1")
                .append("text", "Klacht over de opvang – ë, ß, 😀")
                .append("count", 3)
                .append("total", 12_345_678_901L)
                .append("share", 0.25)
                .append("open", true)
                .append("missingPerson", null)
                .append("receivedAt", Date.from(Instant.parse("2026-11-25T06:00:00Z")))
                .append("key", new Binary(new byte[] {1, 2, 3}))
                .append("actions", List.of(new Document("by", "staff").append("at", 1), "note"))
                .append("feedbackResponse", new Document("at", Date.from(Instant.parse("2026-11-26T06:00:00Z"))));
        int port = withStore(0, dataDir, cases -> cases.insertOne(stored));

        withStore(port, dataDir, cases -> assertThat(cases.find().first()).isEqualTo(stored));
    }

    @Test
    void aUniqueIndexRefusesADuplicateBeforeAndAfterARestart(@TempDir Path dataDir) {
        int port = withStore(0, dataDir, cases -> {
            cases.createIndex(Indexes.ascending("reference"), new IndexOptions().unique(true));
            for (int i = 0; i < 500; i++) {
                cases.insertOne(new Document("_id", UUID.randomUUID().toString()).append("reference", "GB-" + i));
            }
            assertThatThrownBy(() -> cases.insertOne(new Document("_id", "again").append("reference", "GB-250")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        });

        withStore(port, dataDir, cases -> {
            assertThatThrownBy(() -> cases.insertOne(new Document("_id", "again").append("reference", "GB-499")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThat(cases.find(Filters.eq("reference", "GB-7")).first()).containsEntry("reference", "GB-7");
            cases.insertOne(new Document("_id", "new").append("reference", "GB-500"));
            assertThat(cases.countDocuments()).isEqualTo(501);
        });
    }

    @Test
    void aQueryOnAUniqueFieldAndMoreMatchesOnlyDocumentsThatMeetAllOfIt(@TempDir Path dataDir) {
        withStore(0, dataDir, cases -> {
            cases.createIndex(Indexes.ascending("reference"), new IndexOptions().unique(true));
            cases.insertOne(new Document("_id", "case-1").append("version", 3L).append("reference", "FB-1"));
            cases.insertOne(new Document("_id", "case-2").append("version", 1L).append("reference", "FB-2"));

            assertThat(cases.find(Filters.and(Filters.eq("_id", "case-1"), Filters.eq("version", 2L))).first()).isNull();
            assertThat(cases.replaceOne(Filters.and(Filters.eq("_id", "case-1"), Filters.eq("version", 2L)),
                    new Document("_id", "case-1").append("version", 9L)).getMatchedCount()).isZero();
            assertThat(cases.replaceOne(Filters.and(Filters.eq("_id", "case-1"), Filters.eq("version", 3L)),
                    new Document("_id", "case-1").append("version", 4L).append("reference", "FB-1")).getModifiedCount()).isOne();

            assertThat(cases.find(Filters.and(Filters.eq("_id", "case-1"), Filters.gt("version", 3L))).first())
                    .containsEntry("version", 4L);
            assertThat(cases.find(Filters.and(Filters.eq("reference", "FB-2"), Filters.eq("version", 1L))).first())
                    .containsEntry("_id", "case-2");
            assertThat(cases.find(Filters.and(Filters.eq("reference", "FB-2"), Filters.eq("version", 4L))).first()).isNull();
            assertThat(cases.find(Filters.and(Filters.in("_id", "case-1", "case-2"), Filters.eq("version", 1L))).first())
                    .containsEntry("_id", "case-2");
            assertThat(cases.countDocuments(Filters.and(Filters.eq("_id", "case-2"), Filters.exists("reference")))).isOne();
        });
    }

    @Test
    void aFileOfTheEarlierFormatIsConvertedWithItsDocumentsAndIndexes(@TempDir Path dataDir) {
        MongoServer earlier = new MongoServer(new H2Backend(Directories.create(dataDir).resolve("mongo.mv.db").toString()));
        int port = earlier.bind().getPort();
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
            MongoCollection<Document> references = client.getDatabase("intake").getCollection("case_references");
            references.createIndex(Indexes.ascending("caseId"), new IndexOptions().unique(true));
            references.insertOne(new Document("_id", "GB-2026-0001").append("caseId", "case-1"));
            references.insertOne(new Document("_id", "GB-2026-0002").append("caseId", "case-2"));
        } finally {
            earlier.shutdown();
        }

        withStore(0, dataDir, "intake", "case_references", references -> {
            assertThat(references.find(Filters.eq("caseId", "case-2")).first()).containsEntry("_id", "GB-2026-0002");
            assertThatThrownBy(() -> references.insertOne(new Document("_id", "GB-2026-0003").append("caseId", "case-1")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> references.insertOne(new Document("_id", "GB-2026-0001").append("caseId", "case-3")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        });
    }

    private static int withStore(int port, Path dataDir, Consumer<MongoCollection<Document>> use) {
        return withStore(port, dataDir, "cases", "case_summary", use);
    }

    private static int withStore(int port, Path dataDir, String database, String collection,
                                 Consumer<MongoCollection<Document>> use) {
        try (MongoStore store = MongoStore.start(port, dataDir);
             MongoClient client = MongoClients.create(store.connectionString(database))) {
            use.accept(client.getDatabase(database).getCollection(collection));
            return store.port();
        }
    }
}
