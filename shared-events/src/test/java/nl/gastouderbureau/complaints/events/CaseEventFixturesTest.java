package nl.gastouderbureau.complaints.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shared event has a fixture of its version 1 wire form. A fixture that stops matching its
 * record means a consumer somewhere would stop reading it: rename a field and this fails.
 */
class CaseEventFixturesTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void fixtureNamesExactlyTheRecordsFieldsAndReadsBackEqual(EventType type) throws IOException {
        byte[] json = fixture(type.logicalName() + ".v" + type.schemaVersion() + ".json");

        Object event = EventCodec.fromJson(json, type.logicalName());

        assertThat(event).isInstanceOf(type.payloadType());
        assertThat(EventCodec.fromJson(EventCodec.toJson(event), type.logicalName())).isEqualTo(event);
        Set<String> components = Arrays.stream(type.payloadType().getRecordComponents())
                .map(c -> c.getName()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> fields = new TreeSet<>();
        new ObjectMapper().readTree(json).fieldNames().forEachRemaining(fields::add);
        fields.remove("someFieldAddedLater");
        assertThat(fields).isEqualTo(components);
    }

    @ParameterizedTest
    @EnumSource(value = EventType.class, names = {"SUBMISSION_RECEIVED", "SUBMITTER_REPLY_RECEIVED"}, mode = EnumSource.Mode.EXCLUDE)
    void everyCaseEventIsKeyedByItsCase(EventType type) throws IOException {
        Object event = EventCodec.fromJson(fixture(type.logicalName() + ".v1.json"), type.logicalName());

        assertThat(event).isInstanceOf(CaseEvent.class);
        assertThat(((CaseEvent) event).caseId()).isNotBlank();
    }

    @Test
    void readsTheComplaintFiledFixture() throws IOException {
        ComplaintFiled event = EventCodec.fromJson(fixture("ComplaintFiled.v1.json"), ComplaintFiled.class);

        assertThat(event.occurredOn()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(event.handleBy()).isEqualTo(Instant.parse("2026-12-08T10:00:00Z"));
        assertThat(event.legalLimit()).isEqualTo(Instant.parse("2027-01-05T10:00:00Z"));
        assertThat(event.involvedEmployee()).isEqualTo("j.bakker");
    }

    @Test
    void readsTheComplaintDecidedFixtureWithItsCorrectiveActions() throws IOException {
        ComplaintDecided event = EventCodec.fromJson(fixture("ComplaintDecided.v1.json"), ComplaintDecided.class);

        assertThat(event.verdict()).isEqualTo(Verdict.PARTLY_WELL_FOUNDED);
        assertThat(event.correctiveActions()).containsExactly(
                new CorrectiveAction("a-1", "Vaste ophaaltijden vastleggen", "j.bakker", LocalDate.of(2026, 12, 31)));
        assertThat(event.by()).isEqualTo(new Actor("staff", Actor.STAFF));
    }

    @Test
    void readsTheFeedbackResponseRecordedFixtureAsLate() throws IOException {
        FeedbackResponseRecorded event = EventCodec.fromJson(fixture("FeedbackResponseRecorded.v1.json"),
                FeedbackResponseRecorded.class);

        assertThat(event.outcome()).isEqualTo(FeedbackOutcome.PLANNED);
        assertThat(event.late()).isTrue();
    }

    @Test
    void readsAnEarlierSubmissionWithoutAttachmentCountAsNone() {
        String earlier = """
                {"submissionId":"s-1","reference":"FB-2026-0001","kind":"TIP","channel":"WEB_FORM",
                 "submitterRole":"PARENT","message":"Fijn!","wantsPersonalContact":false,
                 "receivedAt":"2026-11-24T10:00:00Z"}""";

        SubmissionReceived event = EventCodec.fromJson(earlier.getBytes(), SubmissionReceived.class);

        assertThat(event.attachmentCount()).isZero();
        assertThat(event.message()).isEqualTo("Fijn!");
    }

    @Test
    void readsTheSubmitterReplyFixtureWithItsAttachmentCount() throws IOException {
        SubmitterReplyReceived reply = EventCodec.fromJson(fixture("SubmitterReplyReceived.v1.json"),
                SubmitterReplyReceived.class);

        assertThat(reply.channel()).isEqualTo(Channel.EMAIL);
        assertThat(reply.attachmentCount()).isEqualTo(1);
        assertThat(reply.reference()).isEqualTo("FB-2026-0117");
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = CaseEventFixturesTest.class.getResourceAsStream("/fixtures/" + name)) {
            assertThat(in).as("fixture " + name).isNotNull();
            return in.readAllBytes();
        }
    }
}
