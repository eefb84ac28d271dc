package nl.gastouderbureau.complaints.intake.mailin;

import io.micrometer.core.instrument.MeterRegistry;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.Contact;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterReplyReceived;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.events.Topics;
import nl.gastouderbureau.complaints.intake.submission.Accepted;
import nl.gastouderbureau.complaints.intake.submission.CaseReferences;
import nl.gastouderbureau.complaints.intake.submission.CaseReferences.CaseReference;
import nl.gastouderbureau.complaints.intake.submission.IdempotencyKey;
import nl.gastouderbureau.complaints.intake.submission.NewSubmission;
import nl.gastouderbureau.complaints.intake.submission.SubmissionIds;
import nl.gastouderbureau.complaints.intake.submission.Submissions;
import nl.gastouderbureau.complaints.support.kafka.EventMetadata;
import nl.gastouderbureau.complaints.support.kafka.EventPublisher;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * What a mail to the agency becomes (F7): nothing when no person wrote it; a message on the case
 * whose reference its subject quotes, when it comes from that case's submitter; otherwise a new
 * submission, a remark until staff reclassify it.
 * <p>
 * Every id is derived from the mail's key, and a new submission goes through the same idempotency
 * records as an HTTP retry, so a mail read twice, before or after a restart, publishes the same
 * event with the same reference and opens one case.
 */
@Service
public class MailIntake {

    private static final String CALLER = "mailbox";
    private static final int MAX_SUBJECT = 200;
    private static final int MAX_NAME = 200;

    private final Submissions submissions;
    private final CaseReferences caseReferences;
    private final MailReplies replies;
    private final EventPublisher publisher;
    private final MailInSettings settings;
    private final AutomaticMail automatic;
    private final MeterRegistry meters;
    private final Clock clock;

    MailIntake(Submissions submissions, CaseReferences caseReferences, MailReplies replies, EventPublisher publisher,
               MailInSettings settings, MeterRegistry meters, Clock clock) {
        this.submissions = submissions;
        this.caseReferences = caseReferences;
        this.replies = replies;
        this.publisher = publisher;
        this.settings = settings;
        this.automatic = new AutomaticMail(settings.ownAddressSet());
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * @throws EventPublisher.PublishFailedException when Kafka did not acknowledge: the mail stays to be read again
     */
    Outcome handle(IncomingMail mail) {
        meters.counter("complaints.mailin.received").increment();
        Optional<IgnoreReason> ignored = automatic.reasonToIgnore(mail);
        if (ignored.isPresent()) {
            return ignored(ignored.get());
        }
        Optional<CaseReference> repliedTo = SubjectReference.in(mail.subject())
                .flatMap(caseReferences::find)
                .filter(reference -> reference.wasSubmittedBy(mail.fromAddress()));
        return repliedTo.isPresent() ? reply(mail, repliedTo.get()) : submission(mail);
    }

    Outcome ignored(IgnoreReason reason) {
        meters.counter("complaints.mailin.ignored", "reason", reason.tag()).increment();
        return new Outcome(Outcome.Kind.IGNORED, reason.tag());
    }

    private Outcome reply(IncomingMail mail, CaseReference repliedTo) {
        String replyId = "mail-" + mail.key().substring(0, 32);
        if (!replies.published(replyId)) {
            SubmitterReplyReceived reply = new SubmitterReplyReceived(replyId, repliedTo.caseId(), repliedTo.reference(),
                    Channel.EMAIL, subject(mail), message(mail), mail.attachmentCount(), mail.receivedAt());
            EventMetadata metadata = new EventMetadata(derivedId("reply-event:" + mail.key()), mail.receivedAt(), repliedTo.caseId());
            publisher.publish(Topics.SUBMISSIONS, repliedTo.caseId(), reply, metadata);
            replies.notePublished(replyId, repliedTo.caseId(), clock.instant());
            meters.counter("complaints.mailin.replies").increment();
        }
        return new Outcome(Outcome.Kind.REPLY, repliedTo.reference());
    }

    private Outcome submission(IncomingMail mail) {
        NewSubmission submission = new NewSubmission(SubmissionKind.REMARK, Channel.EMAIL, SubmitterRole.OTHER, null,
                MailLanguage.of(mail.header("Content-Language"), mail.subject(), mail.text()), subject(mail), message(mail),
                new Contact(name(mail), mail.fromAddress(), null), null, null, false, null, mail.attachmentCount());
        String key = "mail:" + mail.key();
        Accepted accepted = submissions.accept(submission, new IdempotencyKey(CALLER, key, key), null,
                SubmissionIds.derivedFrom(key));
        return new Outcome(Outcome.Kind.SUBMISSION, accepted.reference());
    }

    private String message(IncomingMail mail) {
        if (!mail.text().isBlank()) {
            return Texts.fit(mail.text(), settings.maxMessageChars());
        }
        String subject = subject(mail);
        return subject != null ? subject : "(lege e-mail / empty mail)";
    }

    private static String subject(IncomingMail mail) {
        return mail.subject() == null || mail.subject().isBlank() ? null : Texts.fit(mail.subject(), MAX_SUBJECT, "…");
    }

    private static String name(IncomingMail mail) {
        if (mail.fromName() == null || mail.fromName().isBlank()) {
            return null;
        }
        String name = Texts.oneLine(mail.fromName());
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    private static String derivedId(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** @param detail the reference the mail became or joined, or the reason it was ignored */
    record Outcome(Kind kind, String detail) {

        enum Kind { SUBMISSION, REPLY, IGNORED }
    }
}
