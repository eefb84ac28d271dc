package nl.gastouderbureau.complaints.testsupport;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An in-memory MongoDB-protocol server. Registered as
 * {@code @RegisterExtension static final MemoryMongo mongo = new MemoryMongo();} it serves one test
 * class and is closed after it; it is running from construction, so {@code @BeforeAll} may use it.
 */
public final class MemoryMongo implements AutoCloseable, AfterAllCallback {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

    public MongoDatabase database(String name) {
        return client.getDatabase(name);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
