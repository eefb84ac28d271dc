package nl.gastouderbureau.complaints.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * mongo-java-server's H2 backend with the typed maps of {@link StoredTypes}. A file written by the
 * untyped backend (before this format) is copied into the new format once, when it is opened.
 */
final class MongoFileBackend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(MongoFileBackend.class);

    private static final String FORMAT_MAP = "complaints.format";
    private static final String FORMAT_KEY = "values";
    private static final String FORMAT = "bson-1";
    /** H2's default is 16 MB; a bigger cache keeps the read models' pages decoded between scans. */
    private static final int CACHE_MB = 64;
    /**
     * H2 rewrites a whole page for each change in it at the next commit. Its default of 16 KB puts
     * some eight read-model documents in a page; 4 KB puts two, which halved the bytes written per
     * update in a measurement here at the same speed.
     */
    private static final int PAGE_SPLIT_BYTES = 4 * 1024;

    private MongoFileBackend(MVStore store) {
        super(store);
    }

    static MongoFileBackend open(Path file) {
        MVStore store = openStore(file);
        MVMap<String, String> format = store.openMap(FORMAT_MAP);
        if (FORMAT.equals(format.get(FORMAT_KEY))) {
            return new MongoFileBackend(store);
        }
        if (store.getMapNames().stream().allMatch(FORMAT_MAP::equals)) {
            format.put(FORMAT_KEY, FORMAT);
            store.commit();
            return new MongoFileBackend(store);
        }
        store.close();
        copyIntoCurrentFormat(file);
        return new MongoFileBackend(openStore(file));
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new MongoFileDatabase(databaseName, getMvStore(), getCursorRegistry());
    }

    private static MVStore openStore(Path file) {
        return new MVStore.Builder().fileName(file.toString()).cacheSize(CACHE_MB).pageSplitSize(PAGE_SPLIT_BYTES).open();
    }

    private static void copyIntoCurrentFormat(Path file) {
        Path copy = file.resolveSibling(file.getFileName() + ".converting");
        try {
            Files.deleteIfExists(copy);
            try (MVStore from = openStore(file); MVStore to = openStore(copy)) {
                for (String name : from.getMapNames()) {
                    if (!name.equals(FORMAT_MAP)) {
                        to.openMap(name, StoredTypes.forMapNamed(name)).putAll(from.openMap(name));
                    }
                }
                to.<String, String>openMap(FORMAT_MAP).put(FORMAT_KEY, FORMAT);
                to.commit();
            }
            Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            log.info("Converted {} to the {} format", file, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not convert " + file, e);
        }
    }
}
