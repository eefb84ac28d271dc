package nl.gastouderbureau.complaints.events.privacy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;

/**
 * Encrypts every {@link PersonalData} text on the way out and decrypts it on the way in, so code
 * keeps plain text in memory while what is stored or sent holds {@code {"enc":"v1:…"}}. The key is
 * that of the case the event being written belongs to.
 * <p>
 * Reading: a plain string is taken as it is (events written before encryption); a text whose key
 * is gone reads as null, as erased; a text that does not verify is refused with an error.
 * Writing: a text whose case key was erased is written as null, and personal data outside an
 * event (no case to take the key of) is refused rather than written in the clear.
 */
public final class PersonalDataModule extends SimpleModule {

    static final String FIELD = "enc";

    private final transient PersonalDataCipher cipher;

    public PersonalDataModule(SubjectKeys keys) {
        super("PersonalDataModule", Version.unknownVersion());
        this.cipher = keys == null ? null : new PersonalDataCipher(keys);
    }

    /**
     * Without a key store: personal texts are written as they are, and sealed ones read as null.
     * For code that never sees a key (tests of the wire form, a reader that needs no personal data).
     */
    public static PersonalDataModule withoutKeys() {
        return new PersonalDataModule(null);
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.insertAnnotationIntrospector(new Introspector(cipher));
    }

    /** Modules with the same id are registered once per mapper; each key store is its own module. */
    @Override
    public Object getTypeId() {
        return this;
    }

    private static final class Introspector extends NopAnnotationIntrospector {

        private final transient PersonalDataCipher cipher;

        Introspector(PersonalDataCipher cipher) {
            this.cipher = cipher;
        }

        @Override
        public Object findSerializer(Annotated annotated) {
            return annotated.hasAnnotation(PersonalData.class) ? new Sealing(cipher) : null;
        }

        @Override
        public Object findDeserializer(Annotated annotated) {
            return annotated.hasAnnotation(PersonalData.class) ? new Opening(cipher) : null;
        }
    }

    private static final class Sealing extends StdSerializer<String> {

        private final transient PersonalDataCipher cipher;

        Sealing(PersonalDataCipher cipher) {
            super(String.class);
            this.cipher = cipher;
        }

        @Override
        public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (cipher == null) {
                gen.writeString(value);
                return;
            }
            String caseId = KeyScope.of(rootValue(gen));
            if (caseId == null) {
                throw JsonMappingException.from(provider, "Personal data outside an event has no key to be encrypted with");
            }
            String sealed = cipher.seal(caseId, value).orElse(null);
            if (sealed == null) {
                gen.writeNull();
                return;
            }
            gen.writeStartObject();
            gen.writeStringField(FIELD, sealed);
            gen.writeEndObject();
        }

        /** The object written at the top: the event, whose case owns the key. */
        private static Object rootValue(JsonGenerator gen) {
            JsonStreamContext context = gen.getOutputContext();
            Object value = null;
            while (context != null && !context.inRoot()) {
                if (context.getCurrentValue() != null) {
                    value = context.getCurrentValue();
                }
                context = context.getParent();
            }
            return value;
        }
    }

    private static final class Opening extends StdDeserializer<String> {

        private final transient PersonalDataCipher cipher;

        Opening(PersonalDataCipher cipher) {
            super(String.class);
            this.cipher = cipher;
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                return parser.getText();
            }
            JsonNode node = parser.readValueAsTree();
            JsonNode sealed = node == null ? null : node.get(FIELD);
            if (sealed == null || !sealed.isTextual()) {
                throw JsonMappingException.from(parser, "A personal text is neither text nor sealed text");
            }
            if (cipher == null) {
                return null;
            }
            try {
                return cipher.open(sealed.asText()).orElse(null);
            } catch (PersonalDataCipher.TamperedException e) {
                throw JsonMappingException.from(parser, e.getMessage(), e);
            }
        }
    }
}
