package nl.gastouderbureau.complaints.infra;

import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A store that speaks the MongoDB wire protocol (mongo-java-server), in this JVM. With a data
 * directory it keeps its documents in an H2 file there ({@link MongoFileBackend}); without one it
 * keeps them in memory.
 */
public final class MongoStore implements AutoCloseable {

    private final MongoServer server;
    private final int port;
    private boolean closed;

    private MongoStore(MongoServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static MongoStore start(int port, Path dataDir) {
        MongoBackend backend = dataDir == null
                ? new MemoryBackend()
                : MongoFileBackend.open(Directories.create(dataDir.toAbsolutePath()).resolve("mongo.mv.db"));
        MongoServer server = new MongoServer(backend);
        try {
            server.bind("localhost", port);
        } catch (Exception e) {
            // Netty throws a BindException without declaring it, past the server's own clean-up.
            server.shutdownNow();
            throw e;
        }
        MongoStore store = new MongoStore(server, server.getLocalAddress().getPort());
        StopOnExit.register(store);
        return store;
    }

    public String connectionString(String database) {
        return "mongodb://localhost:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        StopOnExit.unregister(this);
        server.shutdownNow();
    }

    @Override
    public String toString() {
        return "MongoDB-protocol store on localhost:" + port;
    }
}
