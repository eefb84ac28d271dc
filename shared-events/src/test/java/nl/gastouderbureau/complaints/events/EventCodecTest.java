package nl.gastouderbureau.complaints.events;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTest {

    @Test
    void readsTheSubmissionReceivedFixtureIgnoringUnknownFields() throws IOException {
        SubmissionReceived event = (SubmissionReceived) EventCodec.fromJson(fixture("SubmissionReceived.v1.json"), "SubmissionReceived");

        assertThat(event.reference()).isEqualTo("FB-2026-0117");
        assertThat(event.kind()).isEqualTo(SubmissionKind.IDEA);
        assertThat(event.submitterRole()).isEqualTo(SubmitterRole.GRANDPARENT);
        assertThat(event.contact().email()).isEqualTo("oma@example.nl");
        assertThat(event.receivedAt()).isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
    }

    @Test
    void readsTheFeedbackCaseOpenedFixture() throws IOException {
        FeedbackCaseOpened event = EventCodec.fromJson(fixture("FeedbackCaseOpened.v1.json"), FeedbackCaseOpened.class);

        assertThat(event.language()).isEqualTo(Language.EN);
        assertThat(event.wantsPersonalContact()).isTrue();
        assertThat(event.respondBy()).isEqualTo(Instant.parse("2026-12-08T10:00:00Z"));
    }

    @Test
    void whatIsWrittenReadsBackEqual() {
        FeedbackCaseOpened written = new FeedbackCaseOpened("c-1", "FB-2026-0001", SubmissionKind.REMARK,
                Channel.WEB_FORM, SubmitterRole.PARENT, Category.SAFETY, Language.NL, "Opmerking",
                new Contact("A", "a@example.nl", null), false,
                Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-12-08T10:00:00Z"));

        Object read = EventCodec.fromJson(EventCodec.toJson(written), EventType.of(written).logicalName());

        assertThat(read).isEqualTo(written);
    }

    @Test
    void writesInstantsAsIsoStrings() {
        String json = new String(EventCodec.toJson(new Contact("n", null, null)) , java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("{\"name\":\"n\",\"email\":null,\"phone\":null}");
        FeedbackCaseOpened event = new FeedbackCaseOpened("c", "r", SubmissionKind.IDEA, Channel.EMAIL, SubmitterRole.OTHER,
                null, null, "m", null, false, Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-12-08T10:00:00Z"));
        assertThat(new String(EventCodec.toJson(event), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"receivedAt\":\"2026-11-24T10:00:00Z\"");
    }

    @Test
    void anUnknownTypeOrBrokenJsonIsUnreadable() {
        assertThatThrownBy(() -> EventCodec.fromJson("{}".getBytes(), "NoSuchEvent"))
                .isInstanceOf(EventCodec.UnreadableEventException.class);
        assertThatThrownBy(() -> EventCodec.fromJson("{not json".getBytes(), "SubmissionReceived"))
                .isInstanceOf(EventCodec.UnreadableEventException.class);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = EventCodecTest.class.getResourceAsStream("/fixtures/" + name)) {
            return in.readAllBytes();
        }
    }
}
