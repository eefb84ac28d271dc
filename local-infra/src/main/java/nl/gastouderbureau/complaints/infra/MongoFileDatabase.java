package nl.gastouderbureau.complaints.infra;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * One database of the store, kept in H2 maps named as mongo-java-server's H2 backend names them,
 * but opened with {@link StoredTypes}.
 */
final class MongoFileDatabase extends AbstractSynchronizedMongoDatabase<Object> {

    /** The names mongo-java-server's H2 backend gives its maps: documents, metadata, indexes. */
    static final String DATA_PREFIX = "databases.";
    static final String META_PREFIX = "meta.";
    static final String INDEX_INFIX = "._index_";

    private final MVStore store;

    MongoFileDatabase(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        super(databaseName, cursorRegistry);
        this.store = store;
        initializeNamespacesAndIndexes();
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String name = getFullCollectionNamespace(collectionName);
        return new StoredCollection(this, collectionName, options,
                store.openMap(DATA_PREFIX + name, StoredTypes.documents()),
                store.openMap(META_PREFIX + name), cursorRegistry);
    }

    /**
     * mongo-java-server's H2 collection, updating copies of the documents it holds. Its update
     * changes the document a query found in place and then puts it back; without the copy that is
     * the very object H2's map holds, which H2's background writer may be writing to the file at
     * that moment (and a reader encoding for the wire, outside the collection's lock). The writer
     * then fails on a {@code ConcurrentModificationException} and H2 closes the store: every later
     * request fails until a restart. Seen under load, with many updates of documents written just
     * before (a notification claimed, then marked sent). Plain reads change nothing and get the
     * held documents as they are.
     */
    static final class StoredCollection extends H2Collection {

        /** Whether the running query finds documents for an update; guarded by this collection's lock. */
        private boolean updating;

        StoredCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                         MVMap<Object, Document> documents, MVMap<String, Object> meta, CursorRegistry cursorRegistry) {
            super(database, collectionName, options, documents, meta, cursorRegistry);
        }

        @Override
        public synchronized Document updateDocuments(Document selector, Document updateQuery, ArrayFilters arrayFilters,
                                                     boolean isMulti, boolean isUpsert, Oplog oplog) {
            updating = true;
            try {
                return super.updateDocuments(selector, updateQuery, arrayFilters, isMulti, isUpsert, oplog);
            } finally {
                updating = false;
            }
        }

        @Override
        public synchronized Document findAndModify(Document query) {
            updating = true;
            try {
                return super.findAndModify(query);
            } finally {
                updating = false;
            }
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                             Document fieldSelector) {
            QueryResult found = super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
            if (!updating) {
                return found;
            }
            List<Document> copies = new ArrayList<>();
            for (Document document : found) {
                copies.add(document.cloneDeeply());
            }
            return new QueryResult(copies, found.getCursorId());
        }
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        return new StoredUniqueIndex(store.openMap(indexMapName(collectionName, indexName), StoredTypes.uniqueIndex()),
                indexName, keys, sparse);
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        store.removeMap(indexMapName(collection.getCollectionName(), indexName));
    }

    @Override
    public void dropCollection(String collectionName, Oplog oplog) {
        super.dropCollection(collectionName, oplog);
        String name = getFullCollectionNamespace(collectionName);
        store.removeMap(DATA_PREFIX + name);
        store.removeMap(META_PREFIX + name);
    }

    @Override
    public void drop(Oplog oplog) {
        super.drop(oplog);
        store.getMapNames().stream()
                .filter(name -> name.startsWith(databaseName + ".")
                        || name.startsWith(DATA_PREFIX + databaseName + ".")
                        || name.startsWith(META_PREFIX + databaseName + "."))
                .forEach(store::removeMap);
    }

    @Override
    public void moveCollection(MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
        super.moveCollection(oldDatabase, collection, newCollectionName);
        String oldName = collection.getFullName();
        String newName = getFullCollectionNamespace(newCollectionName);
        store.renameMap(store.openMap(DATA_PREFIX + oldName, StoredTypes.documents()), DATA_PREFIX + newName);
        store.renameMap(store.<String, Object>openMap(META_PREFIX + oldName), META_PREFIX + newName);
    }

    @Override
    protected long getStorageSize() {
        return store.getFileStore() == null ? 0 : store.getFileStore().size();
    }

    @Override
    protected long getFileSize() {
        return getStorageSize();
    }

    private String indexMapName(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + INDEX_INFIX + indexName;
    }

    /**
     * A unique index in its own H2 map, from key value to the document's id.
     * <p>
     * mongo-java-server uses an index only for a query on exactly the index's fields. A query with
     * further conditions, such as the case projection's replace "where {@code _id} is x and
     * {@code version} is n", scanned the whole collection instead: 37 ms a write at 60,000
     * documents here, against under 1 ms by {@code _id} alone. Every top-level condition of a query
     * must hold, so when the query asks for plain values of all the index's fields, the documents
     * the index finds for those are the only candidates, and the collection checks the whole query
     * against each of them.
     */
    private static final class StoredUniqueIndex extends AbstractUniqueIndex<Object> {

        private final MVMap<KeyValue, Object> map;

        StoredUniqueIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
            super(name, keys, sparse);
            this.map = map;
        }

        @Override
        public synchronized boolean canHandle(Document query) {
            if (super.canHandle(query)) {
                return true;
            }
            Document ownFields = plainValuesOfOwnFields(query);
            return ownFields != null && super.canHandle(ownFields);
        }

        @Override
        public synchronized Iterable<Object> getPositions(Document query) {
            return super.getPositions(query.keySet().equals(keySet()) ? query : plainValuesOfOwnFields(query));
        }

        /**
         * The query's conditions on this index's fields if each is a plain value, else null. They
         * may stand at the top of the query or in an {@code $and}, as the driver writes
         * {@code Filters.and}.
         */
        private Document plainValuesOfOwnFields(Document query) {
            Document own = new Document();
            for (String key : keys()) {
                Object value = plainValueOf(key, query);
                if (value == null) {
                    return null;
                }
                own.put(key, value);
            }
            return own;
        }

        private static Object plainValueOf(String key, Document query) {
            Object value = query.get(key);
            if (isPlain(value)) {
                return value;
            }
            if (query.get("$and") instanceof Collection<?> conditions) {
                for (Object condition : conditions) {
                    Object found = condition instanceof Document conjunct ? plainValueOf(key, conjunct) : null;
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        }

        private static boolean isPlain(Object value) {
            return value != null && !(value instanceof Document) && !(value instanceof Collection<?>)
                    && !(value instanceof Missing) && !(value instanceof Pattern) && !BsonRegularExpression.isRegularExpression(value);
        }

        @Override
        protected Object removeDocument(KeyValue key) {
            return map.remove(key);
        }

        @Override
        protected boolean putKeyPosition(KeyValue key, Object position) {
            return map.putIfAbsent(key, Missing.ofNullable(position)) == null;
        }

        @Override
        protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
            return map.entrySet();
        }

        @Override
        protected Object getPosition(KeyValue key) {
            return map.get(key);
        }

        @Override
        public long getCount() {
            return map.sizeAsLong();
        }

        @Override
        public boolean isEmpty() {
            return map.isEmpty();
        }

        @Override
        public long getDataSize() {
            return getCount();
        }
    }
}
