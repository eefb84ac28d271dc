package nl.gastouderbureau.complaints.notification.cases;

import nl.gastouderbureau.complaints.support.mail.ClientAddresses;
import nl.gastouderbureau.complaints.events.Actor;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.ComplaintFiled;
import nl.gastouderbureau.complaints.events.Contact;
import nl.gastouderbureau.complaints.events.CorrectiveAction;
import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.events.InformalComplaintRegistered;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.testsupport.MemoryMongo;
import nl.gastouderbureau.complaints.notification.cases.CaseRecords.Opening;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CaseRecordsTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    @RegisterExtension
    static final MemoryMongo mongo = new MemoryMongo();
    private CaseRecords cases;

    @BeforeEach
    void freshDatabase() {
        mongo.database("notifications").drop();
        cases = new CaseRecords(mongo.database("notifications"), ClientAddresses.defaults());
    }

    @Test
    void remembersTheReferenceLanguageAndContactOfAFormalComplaint() {
        remember(Opening.of(new ComplaintFiled("case-1", "KL-2026-0042", "client", "s", "d", "Els", null, null, null,
                Language.EN, new Contact(" Piet ", " piet@example.nl ", "06"), null, T0, T0, T0)));

        assertThat(cases.find("case-1")).hasValue(new CaseRecord("case-1", "KL-2026-0042", Language.EN, "Piet",
                "piet@example.nl", T0, Map.of(), null));
    }

    @Test
    void erasureForgetsTheNameTheAddressAndTheActionsAndTellsWhichAddressItWas() {
        remember(Opening.of(new ComplaintFiled("case-1", "KL-2026-0042", "client", "s", "d", "Els", null, null, null,
                Language.EN, new Contact("Piet", "piet@example.nl", "06"), null, T0, T0, T0)));
        cases.decided("case-1", List.of(new CorrectiveAction("a-1", "Excuses", "henk", LocalDate.of(2026, 12, 1))));

        assertThat(cases.erase("case-1")).isEqualTo("piet@example.nl");

        assertThat(cases.find("case-1")).hasValue(new CaseRecord("case-1", "KL-2026-0042", Language.EN, null, null, T0,
                Map.of(), null));
        assertThat(cases.erase("case-1")).isNull();
        assertThat(cases.erase("unknown")).isNull();
    }

    @Test
    void theHandlerAssignedLastIsRememberedAndAReplayedOpeningKeepsThem() {
        ComplaintFiled filed = new ComplaintFiled("case-1", "KL-2026-0042", "client", "s", "d", "Els", null, null, null,
                null, null, null, T0, T0, T0);
        remember(Opening.of(filed));
        cases.handlerAssigned("case-1", "henk");
        cases.handlerAssigned("case-1", "ans");
        remember(Opening.of(filed));

        assertThat(cases.find("case-1").orElseThrow().handlerId()).isEqualTo("ans");
    }

    @Test
    void aClientWhoLeftNoEmailIsWrittenToAtTheAddressOfTheirAccount() {
        remember(Opening.of(new ComplaintFiled("case-1", "KL-2026-0042", "Client2", "s", "d", "Els", null, null, null,
                null, null, null, T0, T0, T0)));

        assertThat(cases.find("case-1").orElseThrow().email()).isEqualTo("client2@clients.gastouderbureau.example");
    }

    @Test
    void anAnonymousCaseIsRememberedWithoutAnAddress() {
        remember(Opening.of(new FeedbackCaseOpened("case-1", "FB-2026-0001", SubmissionKind.TIP, Channel.WEB_FORM,
                SubmitterRole.PARENT, null, null, "m", null, false, T0, T0)));

        CaseRecord record = cases.find("case-1").orElseThrow();
        assertThat(record.reference()).isEqualTo("FB-2026-0001");
        assertThat(record.language()).isEqualTo(Language.NL);
        assertThat(record.hasEmail()).isFalse();
        assertThat(cases.find("unknown")).isEmpty();
    }

    @Test
    void theSameEventTwiceLeavesOneRecordAndTheDecisionAddsTheActions() {
        InformalComplaintRegistered registered = new InformalComplaintRegistered("case-1", "KL-2026-0043", Channel.PHONE,
                SubmitterRole.PARENT, null, Language.NL, "m", new Contact(null, "a@example.nl", null), "client", T0,
                new Actor("staff", Actor.STAFF));
        remember(Opening.of(registered));
        remember(Opening.of(registered));
        cases.decided("case-1", List.of(new CorrectiveAction("a-1", "Ophaaltijden", "staff", LocalDate.parse("2026-12-31"))));
        cases.decided("case-1", List.of(new CorrectiveAction("a-1", "Ophaaltijden", "staff", LocalDate.parse("2026-12-31"))));

        CaseRecord record = cases.find("case-1").orElseThrow();
        assertThat(record.email()).isEqualTo("a@example.nl");
        assertThat(record.actionDescriptions()).containsExactly(Map.entry("a-1", "Ophaaltijden"));
        assertThat(mongo.database("notifications").getCollection(CaseRecords.COLLECTION).countDocuments()).isEqualTo(1);
    }

    private void remember(Opening opening) {
        cases.opened(List.of(opening));
    }
}
