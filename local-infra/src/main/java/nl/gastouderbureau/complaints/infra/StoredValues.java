package nl.gastouderbureau.complaints.infra;

import java.nio.ByteBuffer;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the MongoDB-protocol store writes documents and index keys into its H2 file: as BSON, the
 * form they arrived in, behind a tag byte. A value BSON cannot hold (an index key naming a field a
 * document lacks) falls back to H2's own object encoding, Java serialisation, behind another tag.
 */
final class StoredValues {

    private static final byte BSON = 'B';
    private static final byte OBJECT = 'O';

    private final ObjectDataType objects = new ObjectDataType();

    void writeDocument(WriteBuffer buffer, Document document) {
        ByteBuf bson = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(document, bson);
        } catch (IllegalArgumentException notBson) {
            buffer.put(OBJECT);
            objects.write(buffer, document);
            return;
        }
        buffer.put(BSON).putVarInt(bson.readableBytes()).put(bson.nioBuffer());
    }

    Document readDocument(ByteBuffer buffer) {
        byte tag = buffer.get();
        if (tag == OBJECT) {
            return (Document) objects.read(buffer);
        }
        if (tag != BSON) {
            throw new IllegalStateException("Unknown value tag " + tag + " in the MongoDB-protocol store's file");
        }
        int length = DataUtils.readVarInt(buffer);
        Document document = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(buffer.slice(buffer.position(), length)));
        buffer.position(buffer.position() + length);
        return document;
    }

    void writeObject(WriteBuffer buffer, Object value) {
        objects.write(buffer, value);
    }

    Object readObject(ByteBuffer buffer) {
        return objects.read(buffer);
    }

    int compareObjects(Object a, Object b) {
        return objects.compare(a, b);
    }
}
