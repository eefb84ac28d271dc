package nl.gastouderbureau.complaints.intake.submission;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.Contact;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmissionReceived;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.intake.submission.CaseReferences.CaseReference;
import nl.gastouderbureau.complaints.support.config.Deadlines;
import nl.gastouderbureau.complaints.support.kafka.EventMetadata;
import nl.gastouderbureau.complaints.support.kafka.EventPublisher;
import nl.gastouderbureau.complaints.support.mail.ClientAddresses;
import nl.gastouderbureau.complaints.support.web.IdempotencyKeyReusedException;
import nl.gastouderbureau.complaints.testsupport.MemoryMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubmissionsTest {

    private static final IdempotencyKey KEY = new IdempotencyKey("client", "key-1", "fingerprint-a");

    private final MemoryMongo mongo = new MemoryMongo();
    private final FlakyPublisher kafka = new FlakyPublisher();
    private final CaseReferences caseReferences = new CaseReferences(mongo.database("intake"), ClientAddresses.defaults());
    private final Submissions submissions = new Submissions(kafka, new ReferenceGenerator(mongo.database("intake"), Clock.systemUTC()),
            caseReferences, new IdempotencyRecords(mongo.database("intake")), new Deadlines(null, null, null, null, null),
            Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC), new SimpleMeterRegistry(),
            TestCaseKeys.in(mongo));

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void aRetryAfterAnUnacknowledgedPublishSendsTheVerySameEventAgain() {
        kafka.failNext = true;
        assertThatThrownBy(() -> submissions.accept(tip(), KEY, null))
                .isInstanceOf(EventPublisher.PublishFailedException.class);

        Accepted accepted = submissions.accept(tip(), KEY, null);

        assertThat(kafka.attempts).hasSize(2);
        assertThat(kafka.attempts.get(1)).isEqualTo(kafka.attempts.get(0));
        assertThat(accepted.submissionId()).isEqualTo(kafka.attempts.get(0).event().submissionId());
        assertThat(accepted.dueBy()).isEqualTo(Instant.parse("2026-12-08T09:00:00Z"));
    }

    @Test
    void anAcknowledgedKeyIsAnsweredFromTheStoreWithoutPublishing() {
        Accepted first = submissions.accept(tip(), KEY, null);

        Accepted again = submissions.accept(tip(), KEY, null);

        assertThat(again).isEqualTo(first);
        assertThat(kafka.attempts).hasSize(1);
    }

    @Test
    void aKeyUsedForAnotherRequestIsRefused() {
        submissions.accept(tip(), KEY, null);

        assertThatThrownBy(() -> submissions.accept(tip(), new IdempotencyKey("client", "key-1", "fingerprint-b"), null))
                .isInstanceOf(IdempotencyKeyReusedException.class);
        assertThat(kafka.attempts).hasSize(1);
    }

    @Test
    void anInformalComplaintHasNoDueDate() {
        NewSubmission informal = new NewSubmission(SubmissionKind.INFORMAL_COMPLAINT, Channel.PHONE, SubmitterRole.PARENT,
                null, Language.NL, null, "Boos", null, "client", null, false, null);

        Accepted accepted = submissions.accept(informal, KEY, null);

        assertThat(accepted.dueBy()).isNull();
        assertThat(submissions.accept(informal, KEY, null)).isEqualTo(accepted);
    }

    @Test
    void anAcceptedSubmissionIsRegisteredUnderItsReferenceWithOnlyAHashOfTheSubmittersAddress() {
        NewSubmission remark = new NewSubmission(SubmissionKind.REMARK, Channel.WEB_FORM, SubmitterRole.GRANDPARENT, null,
                Language.NL, null, "Een opmerking", new Contact("Oma", "Oma@Example.nl", null), null, null, false, null);

        Accepted accepted = submissions.accept(remark, null, null);

        CaseReference registered = caseReferences.find(accepted.reference()).orElseThrow();
        assertThat(registered.caseId()).isEqualTo(accepted.submissionId());
        assertThat(registered.wasSubmittedBy(" oma@example.nl")).isTrue();
        assertThat(registered.wasSubmittedBy("opa@example.nl")).isFalse();
        assertThat(registered.submitterFingerprint()).doesNotContainIgnoringCase("oma");
        assertThat(mongo.database("intake").getCollection("case_references").find().first().toJson())
                .doesNotContainIgnoringCase("example.nl");
    }

    @Test
    void aClientsComplaintIsRegisteredForTheAccountsAddressAndAnonymousFeedbackForNobody() {
        NewSubmission complaint = new NewSubmission(SubmissionKind.COMPLAINT, Channel.WEB_FORM, null, null, Language.NL,
                "Opvang", "Niet doorgegaan", null, "client", null, false, null);

        Accepted filed = submissions.accept(complaint, null, null);
        Accepted anonymous = submissions.accept(tip(), null, null);

        assertThat(caseReferences.find(filed.reference()).orElseThrow().wasSubmittedBy("client@clients.gastouderbureau.example")).isTrue();
        assertThat(caseReferences.find(anonymous.reference()).orElseThrow().submitterFingerprint()).isNull();
        assertThat(caseReferences.find("FB-1999-0001")).isEmpty();
    }

    @Test
    void idsDerivedFromTheSameSeedNameTheSameSubmissionAndEvent() {
        SubmissionIds ids = SubmissionIds.derivedFrom("mail:abc");

        Accepted accepted = submissions.accept(tip(), null, null, ids);

        assertThat(SubmissionIds.derivedFrom("mail:abc")).isEqualTo(ids);
        assertThat(SubmissionIds.derivedFrom("mail:abd")).isNotEqualTo(ids);
        assertThat(accepted.submissionId()).isEqualTo(ids.submissionId());
        assertThat(kafka.attempts.get(0).metadata().eventId()).isEqualTo(ids.eventId());
    }

    private static NewSubmission tip() {
        return new NewSubmission(SubmissionKind.TIP, Channel.WEB_FORM, SubmitterRole.PARENT, null, Language.NL, null,
                "Een tip", null, null, null, false, null);
    }

    private record Attempt(String key, SubmissionReceived event, EventMetadata metadata) {
    }

    /** Keeps what it was asked to publish; fails once when told to, as Kafka does when the ack does not come. */
    private static final class FlakyPublisher extends EventPublisher {

        final List<Attempt> attempts = new ArrayList<>();
        boolean failNext;

        FlakyPublisher() {
            super(null, Duration.ofSeconds(1));
        }

        @Override
        public void publish(String topic, String key, Object event, EventMetadata metadata) {
            attempts.add(new Attempt(key, (SubmissionReceived) event, metadata));
            if (failNext) {
                failNext = false;
                throw new PublishFailedException(topic, new RuntimeException("no ack"));
            }
        }
    }
}
