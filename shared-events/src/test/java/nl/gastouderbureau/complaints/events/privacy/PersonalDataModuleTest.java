package nl.gastouderbureau.complaints.events.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.gastouderbureau.complaints.events.Actor;
import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.ComplaintDecided;
import nl.gastouderbureau.complaints.events.Contact;
import nl.gastouderbureau.complaints.events.CorrectiveAction;
import nl.gastouderbureau.complaints.events.EventCodec;
import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmissionReceived;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.events.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataModuleTest {

    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");

    private final InMemoryKeys keys = new InMemoryKeys();
    private final Runnable unprotect = EventCodec.protectWith(keys);

    @AfterEach
    void unprotect() {
        unprotect.run();
    }

    @Test
    void personalTextsRoundTripAndNeverAppearInTheWireForm() {
        FeedbackCaseOpened event = feedback("case-1", "Canary-message-7f3", new Contact("Canary Name", "canary@example.nl", "0612345678"));

        byte[] json = EventCodec.toJson(event);

        String wire = new String(json, StandardCharsets.UTF_8);
        assertThat(wire).doesNotContain("Canary", "canary", "0612345678").contains("\"enc\":\"v1:case-1:");
        assertThat(wire).contains("\"reference\":\"FB-2026-0001\"", "\"kind\":\"REMARK\"");
        assertThat(EventCodec.fromJson(json, FeedbackCaseOpened.class)).isEqualTo(event);
    }

    @Test
    void nestedRecordsAndListsAreSealedUnderTheEventsCase() throws Exception {
        ComplaintDecided decided = new ComplaintDecided("case-2", Verdict.WELL_FOUNDED, "Reden van de beslissing",
                List.of(new CorrectiveAction("a-1", "Protocol aanpassen", "staff", LocalDate.of(2026, 12, 31))),
                new Actor("staff", Actor.STAFF), AT);
        SubmissionReceived complaint = new SubmissionReceived("case-3", "KL-2026-0001", SubmissionKind.COMPLAINT,
                Channel.WEB_FORM, SubmitterRole.PARENT, null, Language.NL, "Onderwerp", "Beschrijving", null,
                "client", null, false, new SubmissionReceived.ComplaintDetails("Petra", LocalDate.of(2026, 11, 1), "Excuses"), AT);

        JsonNode decidedJson = new ObjectMapper().readTree(EventCodec.toJson(decided));
        JsonNode complaintJson = new ObjectMapper().readTree(EventCodec.toJson(complaint));

        assertThat(decidedJson.at("/correctiveActions/0/description/enc").asText()).startsWith("v1:case-2:");
        assertThat(decidedJson.at("/correctiveActions/0/owner").asText()).isEqualTo("staff");
        assertThat(complaintJson.at("/complaint/involvedEmployee/enc").asText()).startsWith("v1:case-3:");
        assertThat(EventCodec.fromJson(EventCodec.toJson(decided), ComplaintDecided.class)).isEqualTo(decided);
        assertThat(EventCodec.fromJson(EventCodec.toJson(complaint), SubmissionReceived.class)).isEqualTo(complaint);
    }

    @Test
    void aTextWhoseKeyWasErasedReadsAsNullAndTheRestStays() {
        byte[] json = EventCodec.toJson(feedback("case-4", "Bericht", new Contact("Naam", "n@example.nl", null)));

        keys.erase("case-4");
        FeedbackCaseOpened read = EventCodec.fromJson(json, FeedbackCaseOpened.class);

        assertThat(read.message()).isNull();
        assertThat(read.contact()).isEqualTo(new Contact(null, null, null));
        assertThat(read.reference()).isEqualTo("FB-2026-0001");
        assertThat(read.kind()).isEqualTo(SubmissionKind.REMARK);
    }

    @Test
    void aTextUnderAnotherKeyOfTheSameCaseReadsAsErased() {
        byte[] json = EventCodec.toJson(feedback("case-5", "Bericht", null));

        keys.replace("case-5");

        assertThat(EventCodec.fromJson(json, FeedbackCaseOpened.class).message()).isNull();
    }

    @Test
    void afterErasureNothingPersonalIsWrittenAtAll() {
        keys.erase("case-6");

        String wire = new String(EventCodec.toJson(feedback("case-6", "Na het wissen", new Contact("Naam", null, null))),
                StandardCharsets.UTF_8);

        assertThat(wire).contains("\"message\":null", "\"name\":null").doesNotContain("Na het wissen", "Naam");
    }

    @Test
    void aChangedCiphertextIsRefusedNotTakenForErased() {
        String wire = new String(EventCodec.toJson(feedback("case-7", "Bericht", null)), StandardCharsets.UTF_8);
        int sealedAt = wire.indexOf("\"enc\":\"") + 7;
        int end = wire.indexOf('"', sealedAt);
        String sealed = wire.substring(sealedAt, end);
        char last = sealed.charAt(sealed.length() - 3);
        String tampered = wire.substring(0, sealedAt) + sealed.substring(0, sealed.length() - 3)
                + (last == 'A' ? 'B' : 'A') + sealed.substring(sealed.length() - 2) + wire.substring(end);

        assertThatThrownBy(() -> EventCodec.fromJson(tampered.getBytes(StandardCharsets.UTF_8), FeedbackCaseOpened.class))
                .isInstanceOf(EventCodec.UnreadableEventException.class);
    }

    @Test
    void aTextMovedToAnotherCaseIsRefused() {
        keys.forWriting("case-9");
        String wire = new String(EventCodec.toJson(feedback("case-8", "Bericht", null)), StandardCharsets.UTF_8);
        String fingerprint = keys.forReading("case-9").orElseThrow().fingerprint();
        String moved = wire.replaceFirst("v1:case-8:[^:]+:", "v1:case-9:" + fingerprint + ":");

        assertThatThrownBy(() -> EventCodec.fromJson(moved.getBytes(StandardCharsets.UTF_8), FeedbackCaseOpened.class))
                .isInstanceOf(EventCodec.UnreadableEventException.class);
    }

    @Test
    void plainTextsWrittenBeforeEncryptionAreReadAsTheyAre() {
        String plain = "{\"caseId\":\"case-10\",\"reference\":\"FB-2026-0001\",\"kind\":\"IDEA\",\"message\":\"Oud bericht\","
                + "\"contact\":{\"name\":\"Oma\",\"email\":null,\"phone\":null}}";

        FeedbackCaseOpened read = EventCodec.fromJson(plain.getBytes(StandardCharsets.UTF_8), FeedbackCaseOpened.class);

        assertThat(read.message()).isEqualTo("Oud bericht");
        assertThat(read.contact().name()).isEqualTo("Oma");
    }

    @Test
    void personalDataOutsideAnEventIsNotWrittenInTheClear() {
        assertThatThrownBy(() -> EventCodec.toJson(new Contact("Naam", null, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutKeysSealedTextsReadAsNull() {
        byte[] json = EventCodec.toJson(feedback("case-11", "Bericht", null));
        unprotect.run();

        assertThat(EventCodec.fromJson(json, FeedbackCaseOpened.class).message()).isNull();
        assertThat(new String(EventCodec.toJson(feedback("case-11", "Bericht", null)), StandardCharsets.UTF_8))
                .contains("\"message\":\"Bericht\"");
    }

    private static FeedbackCaseOpened feedback(String caseId, String message, Contact contact) {
        return new FeedbackCaseOpened(caseId, "FB-2026-0001", SubmissionKind.REMARK, Channel.WEB_FORM,
                SubmitterRole.PARENT, Category.SAFETY, Language.NL, message, contact, false, AT, AT.plusSeconds(3600));
    }
}
