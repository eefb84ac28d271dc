package nl.gastouderbureau.complaints.infra;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.DataType;

/**
 * The key and value types of the MongoDB-protocol store's H2 maps. mongo-java-server opens its maps
 * with H2's default object type, which writes documents and index keys with Java serialisation and
 * compares index keys by serialising both sides on every step of a lookup; profiling showed that as
 * the store's largest cost. These types write BSON and compare index keys in MongoDB's value order.
 */
final class StoredTypes {

    private StoredTypes() {
    }

    /** A collection's documents by id. */
    static MVMap.Builder<Object, Document> documents() {
        return new MVMap.Builder<Object, Document>().valueType(new DocumentType());
    }

    /** A unique index: key value to the document's id. */
    static MVMap.Builder<KeyValue, Object> uniqueIndex() {
        return new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType());
    }

    /** The builder for an existing map, by the name mongo-java-server's H2 backend gives it. */
    @SuppressWarnings("unchecked")
    static MVMap.Builder<Object, Object> forMapNamed(String name) {
        MVMap.Builder<Object, Object> builder = new MVMap.Builder<>();
        if (name.startsWith(MongoFileDatabase.DATA_PREFIX)) {
            return builder.valueType((DataType<Object>) (DataType<?>) new DocumentType());
        }
        if (name.contains(MongoFileDatabase.INDEX_INFIX)) {
            return builder.keyType(new IndexKeyType());
        }
        return builder;
    }

    private static final class DocumentType extends BasicDataType<Document> {

        private final StoredValues values = new StoredValues();
        private volatile int averageMemory = 1024;

        @Override
        public int getMemory(Document document) {
            return averageMemory;
        }

        @Override
        public void write(WriteBuffer buffer, Document document) {
            int before = buffer.position();
            values.writeDocument(buffer, document);
            remember(buffer.position() - before);
        }

        @Override
        public Document read(ByteBuffer buffer) {
            int before = buffer.position();
            Document document = values.readDocument(buffer);
            remember(buffer.position() - before);
            return document;
        }

        /** H2 sizes its cache and pages by this estimate; an object takes about twice its encoding. */
        private void remember(int encodedBytes) {
            averageMemory = (int) ((2L * encodedBytes + 15L * averageMemory) / 16);
        }

        @Override
        public Document[] createStorage(int size) {
            return new Document[size];
        }
    }

    private static final class IndexKeyType extends BasicDataType<Object> {

        private static final byte KEY_VALUE = 'K';
        private static final byte OTHER = 'O';
        private static final Comparator<Object> ORDER = ValueComparator.ascWithoutListHandling();

        private final StoredValues values = new StoredValues();

        /**
         * MongoDB's value order, field by field. Two keys it cannot tell apart that are still not
         * equal (null and a missing field) are ordered by their encoding, as H2 would have.
         */
        @Override
        public int compare(Object a, Object b) {
            if (a instanceof KeyValue x && b instanceof KeyValue y) {
                int fields = Math.min(x.size(), y.size());
                for (int i = 0; i < fields; i++) {
                    int order = ORDER.compare(x.get(i), y.get(i));
                    if (order != 0) {
                        return order;
                    }
                }
                int order = Integer.compare(x.size(), y.size());
                if (order != 0 || x.equals(y)) {
                    return order;
                }
            }
            return values.compareObjects(a, b);
        }

        @Override
        public int getMemory(Object key) {
            return 64;
        }

        @Override
        public void write(WriteBuffer buffer, Object key) {
            if (!(key instanceof KeyValue keyValue)) {
                buffer.put(OTHER);
                values.writeObject(buffer, key);
                return;
            }
            Document present = new Document();
            for (int i = 0; i < keyValue.size(); i++) {
                if (!(keyValue.get(i) instanceof Missing)) {
                    present.put(Integer.toString(i), keyValue.get(i));
                }
            }
            buffer.put(KEY_VALUE).putVarInt(keyValue.size());
            values.writeDocument(buffer, present);
        }

        @Override
        public Object read(ByteBuffer buffer) {
            byte tag = buffer.get();
            if (tag == OTHER) {
                return values.readObject(buffer);
            }
            int size = DataUtils.readVarInt(buffer);
            Document present = values.readDocument(buffer);
            List<Object> fields = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                fields.add(present.getOrMissing(Integer.toString(i)));
            }
            return new KeyValue(fields);
        }

        @Override
        public Object[] createStorage(int size) {
            return new Object[size];
        }
    }
}
