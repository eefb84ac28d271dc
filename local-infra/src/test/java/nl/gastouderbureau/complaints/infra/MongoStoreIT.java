package nl.gastouderbureau.complaints.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
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
}
