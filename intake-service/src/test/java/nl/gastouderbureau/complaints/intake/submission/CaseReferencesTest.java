package nl.gastouderbureau.complaints.intake.submission;

import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.Contact;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmissionReceived;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.support.mail.ClientAddresses;
import nl.gastouderbureau.complaints.testsupport.MemoryMongo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CaseReferencesTest {

    @RegisterExtension
    static final MemoryMongo mongo = new MemoryMongo();

    private final CaseReferences references = new CaseReferences(mongo.database("intake"), ClientAddresses.defaults());

    @Test
    void afterErasureAReferenceNoLongerTellsWhoItWasHandedTo() {
        references.record(submission("case-1", "FB-2026-0001", "oma@example.nl"));
        references.record(submission("case-2", "FB-2026-0002", "oma@example.nl"));
        assertThat(references.find("FB-2026-0001").orElseThrow().wasSubmittedBy("Oma@example.nl ")).isTrue();

        references.forgetSubmitter("case-1");

        assertThat(references.find("FB-2026-0001").orElseThrow().wasSubmittedBy("oma@example.nl")).isFalse();
        assertThat(references.find("FB-2026-0001").orElseThrow().caseId()).isEqualTo("case-1");
        assertThat(references.find("FB-2026-0002").orElseThrow().wasSubmittedBy("oma@example.nl")).isTrue();
    }

    private static SubmissionReceived submission(String id, String reference, String email) {
        return new SubmissionReceived(id, reference, SubmissionKind.REMARK, Channel.EMAIL, SubmitterRole.OTHER, null,
                Language.NL, null, "Opmerking", new Contact(null, email, null), null, null, false, null,
                Instant.parse("2026-11-25T10:00:00Z"));
    }
}
