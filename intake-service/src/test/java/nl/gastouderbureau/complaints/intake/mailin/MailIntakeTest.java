package nl.gastouderbureau.complaints.intake.mailin;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.Contact;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmissionReceived;
import nl.gastouderbureau.complaints.events.SubmitterReplyReceived;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.intake.mailin.MailIntake.Outcome;
import nl.gastouderbureau.complaints.intake.submission.CaseReferences;
import nl.gastouderbureau.complaints.intake.submission.IdempotencyRecords;
import nl.gastouderbureau.complaints.intake.submission.NewSubmission;
import nl.gastouderbureau.complaints.intake.submission.ReferenceGenerator;
import nl.gastouderbureau.complaints.intake.submission.Submissions;
import nl.gastouderbureau.complaints.intake.submission.TestCaseKeys;
import nl.gastouderbureau.complaints.support.config.Deadlines;
import nl.gastouderbureau.complaints.support.kafka.EventMetadata;
import nl.gastouderbureau.complaints.support.kafka.EventPublisher;
import nl.gastouderbureau.complaints.support.mail.ClientAddresses;
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

/** What a mail becomes, on the Mongo stand-in with a publisher that keeps what it was given. */
class MailIntakeTest {

    private final MemoryMongo mongo = new MemoryMongo();
    private final RecordingPublisher kafka = new RecordingPublisher();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private final CaseReferences caseReferences = new CaseReferences(mongo.database("intake"), ClientAddresses.defaults());
    private final Submissions submissions = new Submissions(kafka, new ReferenceGenerator(mongo.database("intake"), Clock.systemUTC()),
            caseReferences, new IdempotencyRecords(mongo.database("intake")), new Deadlines(null, null, null, null, null),
            clock, meters, TestCaseKeys.in(mongo));
    private final MailIntake intake = new MailIntake(submissions, caseReferences, new MailReplies(mongo.database("intake")),
            kafka, new MailInSettings(true, "localhost", 1143, false, "feedback@gastouderbureau.example", "secret", null,
                    null, null, null, 200, null, null, List.of("klachten@gastouderbureau.example")),
            meters, clock);

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void aNewMailBecomesARemarkByMailFromItsSender() throws Exception {
        Outcome outcome = intake.handle(RawMail.read(RawMail.plain("Oma Jansen <oma@example.nl>", "Een idee", "",
                "Een nieuwsbrief per kwartaal zou fijn zijn.")));

        SubmissionReceived event = kafka.only(SubmissionReceived.class);
        assertThat(outcome).isEqualTo(new Outcome(Outcome.Kind.SUBMISSION, event.reference()));
        assertThat(event.reference()).matches("FB-2026-\\d{4}");
        assertThat(event.kind()).isEqualTo(SubmissionKind.REMARK);
        assertThat(event.channel()).isEqualTo(Channel.EMAIL);
        assertThat(event.submitterRole()).isEqualTo(SubmitterRole.OTHER);
        assertThat(event.language()).isEqualTo(Language.NL);
        assertThat(event.contact()).isEqualTo(new Contact("Oma Jansen", "oma@example.nl", null));
        assertThat(event.subject()).isEqualTo("Een idee");
        assertThat(event.message()).isEqualTo("Een nieuwsbrief per kwartaal zou fijn zijn.");
        assertThat(event.wantsPersonalContact()).isFalse();
        assertThat(event.clientAccount()).isNull();
        assertThat(event.attachmentCount()).isZero();
        assertThat(meters.counter("complaints.mailin.received").count()).isEqualTo(1);
    }

    @Test
    void theSameMailReadTwiceIsOneSubmissionWithOneReference() throws Exception {
        String mail = RawMail.plain("oma@example.nl", "Een idee", "", "Tekst");

        Outcome first = intake.handle(RawMail.read(mail));
        Outcome again = intake.handle(RawMail.read(mail));

        assertThat(again).isEqualTo(first);
        assertThat(kafka.published).hasSize(1);
    }

    @Test
    void whenKafkaDidNotAcknowledgeTheNextReadPublishesTheVerySameEvent() throws Exception {
        String mail = RawMail.plain("oma@example.nl", "Een idee", "", "Tekst");
        kafka.failNext = true;

        assertThatThrownBy(() -> intake.handle(RawMail.read(mail))).isInstanceOf(EventPublisher.PublishFailedException.class);
        intake.handle(RawMail.read(mail));

        assertThat(kafka.attempts).hasSize(2);
        assertThat(kafka.attempts.get(1)).isEqualTo(kafka.attempts.get(0));
    }

    @Test
    void aReplyQuotingTheReferenceFromTheSubmittersAddressJoinsTheCase() throws Exception {
        var accepted = submissions.accept(remarkFrom("oma@example.nl"), null, null);

        Outcome outcome = intake.handle(RawMail.read(RawMail.plain("OMA@example.nl",
                "Re: [" + accepted.reference() + "] We hebben uw opmerking ontvangen", "", "Nog een aanvulling.\n\n> oud")));
        intake.handle(RawMail.read(RawMail.plain("OMA@example.nl",
                "Re: [" + accepted.reference() + "] We hebben uw opmerking ontvangen", "", "Nog een aanvulling.\n\n> oud")));

        assertThat(outcome).isEqualTo(new Outcome(Outcome.Kind.REPLY, accepted.reference()));
        SubmitterReplyReceived reply = kafka.only(SubmitterReplyReceived.class);
        assertThat(kafka.keyOf(reply)).isEqualTo(accepted.submissionId());
        assertThat(reply.caseId()).isEqualTo(accepted.submissionId());
        assertThat(reply.reference()).isEqualTo(accepted.reference());
        assertThat(reply.channel()).isEqualTo(Channel.EMAIL);
        assertThat(reply.message()).isEqualTo("Nog een aanvulling.");
        assertThat(reply.replyId()).startsWith("mail-");
        assertThat(reply.receivedAt()).isEqualTo(Instant.parse("2026-11-25T09:30:00.123Z"));
        assertThat(meters.counter("complaints.mailin.replies").count()).isEqualTo(1);
    }

    @Test
    void aClientWritesBackFromTheAccountsAddress() throws Exception {
        var complaint = submissions.accept(new NewSubmission(SubmissionKind.COMPLAINT, Channel.WEB_FORM, null, null, Language.NL,
                "Opvang", "Niet doorgegaan", null, "client", null, false, null), null, null);

        intake.handle(RawMail.read(RawMail.plain("client@clients.gastouderbureau.example",
                "RE: [" + complaint.reference() + "] We hebben uw klacht ontvangen", "", "Aanvulling")));

        assertThat(kafka.only(SubmitterReplyReceived.class).caseId()).isEqualTo(complaint.submissionId());
    }

    @Test
    void aReferenceFromAnotherAddressOrUnknownOpensANewCase() throws Exception {
        var accepted = submissions.accept(remarkFrom("oma@example.nl"), null, null);

        Outcome otherSender = intake.handle(RawMail.read(RawMail.plain("buurman@example.nl",
                "Re: [" + accepted.reference() + "] Over de opvang", "", "Ik weet er ook iets van")));
        Outcome unknown = intake.handle(RawMail.read(RawMail.plain("oma@example.nl", "[KL-2019-0042] Oud kenmerk", "", "Tekst")));

        assertThat(otherSender.kind()).isEqualTo(Outcome.Kind.SUBMISSION);
        assertThat(unknown.kind()).isEqualTo(Outcome.Kind.SUBMISSION);
        assertThat(kafka.all(SubmitterReplyReceived.class)).isEmpty();
        assertThat(kafka.all(SubmissionReceived.class)).hasSize(3);
    }

    @Test
    void anonymousFeedbackCannotBeRepliedTo() throws Exception {
        var anonymous = submissions.accept(new NewSubmission(SubmissionKind.TIP, Channel.WEB_FORM, SubmitterRole.PARENT, null,
                Language.NL, null, "Tip", null, null, null, false, null), null, null);

        Outcome outcome = intake.handle(RawMail.read(RawMail.plain("iemand@example.nl", "[" + anonymous.reference() + "]", "", "Ik")));

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.SUBMISSION);
    }

    @Test
    void automaticMailIsIgnoredAndCountedByReason() throws Exception {
        Outcome own = intake.handle(RawMail.read(RawMail.plain("Klachten@gastouderbureau.example", "Herinnering", "", "Tekst")));
        Outcome loop = intake.handle(RawMail.read(RawMail.plain("feedback@gastouderbureau.example",
                "[FB-2026-0001] We hebben uw idee ontvangen", "", "Bedankt")));
        Outcome autoReply = intake.handle(RawMail.read(RawMail.plain("oma@example.nl", "Automatisch antwoord: vakantie", "", "Weg")));

        assertThat(List.of(own, loop, autoReply)).extracting(Outcome::kind).containsOnly(Outcome.Kind.IGNORED);
        assertThat(kafka.published).isEmpty();
        assertThat(meters.counter("complaints.mailin.ignored", "reason", "own-address").count()).isEqualTo(2);
        assertThat(meters.counter("complaints.mailin.ignored", "reason", "auto-reply-subject").count()).isEqualTo(1);
    }

    @Test
    void aLongMailIsCutToTheLimitAndAnEmptyOneKeepsItsSubjectAsMessage() throws Exception {
        intake.handle(RawMail.read(RawMail.plain("oma@example.nl", "Lang", "", "woord ".repeat(100))));
        intake.handle(RawMail.read(RawMail.plain("opa@example.nl", "Alleen een onderwerp", "", "")));

        List<SubmissionReceived> events = kafka.all(SubmissionReceived.class);
        assertThat(events.get(0).message()).hasSizeLessThanOrEqualTo(200).endsWith("[… ingekort / shortened]");
        assertThat(events.get(1).message()).isEqualTo("Alleen een onderwerp");
    }

    private static NewSubmission remarkFrom(String email) {
        return new NewSubmission(SubmissionKind.REMARK, Channel.WEB_FORM, SubmitterRole.GRANDPARENT, null, Language.NL, null,
                "Opmerking", new Contact("Oma", email, null), null, null, false, null);
    }

    private record Attempt(String key, Object event, EventMetadata metadata) {
    }

    /** Keeps what it was given; fails once when told to, as Kafka does when the ack does not come. */
    private static final class RecordingPublisher extends EventPublisher {

        final List<Attempt> attempts = new ArrayList<>();
        final List<Attempt> published = new ArrayList<>();
        boolean failNext;

        RecordingPublisher() {
            super(null, Duration.ofSeconds(1));
        }

        @Override
        public void publish(String topic, String key, Object event, EventMetadata metadata) {
            attempts.add(new Attempt(key, event, metadata));
            if (failNext) {
                failNext = false;
                throw new PublishFailedException(topic, new RuntimeException("no ack"));
            }
            published.add(new Attempt(key, event, metadata));
        }

        <T> List<T> all(Class<T> type) {
            return published.stream().map(Attempt::event).filter(type::isInstance).map(type::cast).toList();
        }

        <T> T only(Class<T> type) {
            assertThat(all(type)).hasSize(1);
            return all(type).get(0);
        }

        String keyOf(Object event) {
            return published.stream().filter(attempt -> attempt.event().equals(event)).findFirst().orElseThrow().key();
        }
    }
}
