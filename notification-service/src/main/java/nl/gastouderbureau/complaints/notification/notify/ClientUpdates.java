package nl.gastouderbureau.complaints.notification.notify;

import nl.gastouderbureau.complaints.events.ComplaintDecided;
import nl.gastouderbureau.complaints.events.ComplaintHandlingOverdue;
import nl.gastouderbureau.complaints.events.ConversationOutcome;
import nl.gastouderbureau.complaints.events.FeedbackResponseRecorded;
import nl.gastouderbureau.complaints.events.HandlingDeadlineExtended;
import nl.gastouderbureau.complaints.events.InformalConversationHeld;
import nl.gastouderbureau.complaints.notification.cases.CaseRecord;
import nl.gastouderbureau.complaints.notification.cases.CaseRecords;
import nl.gastouderbureau.complaints.notification.log.NotificationType;
import nl.gastouderbureau.complaints.notification.mail.Addressee;
import nl.gastouderbureau.complaints.notification.mail.DeadlinePassedTemplate;
import nl.gastouderbureau.complaints.notification.mail.DecisionTemplate;
import nl.gastouderbureau.complaints.notification.mail.ExtensionTemplate;
import nl.gastouderbureau.complaints.notification.mail.FeedbackResponseTemplate;
import nl.gastouderbureau.complaints.notification.mail.InvitationToFileTemplate;
import nl.gastouderbureau.complaints.notification.mail.RenderedMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.function.Function;

/**
 * What the submitter is told as their case moves on (F2, C1, C4, C6, C6a). These events carry only
 * the case id; the address, reference and language come from the {@link CaseRecords} the opening
 * event filled. Nobody to write to (anonymous, or a case opened before this service knew of it)
 * means no mail.
 */
@Component
public class ClientUpdates {

    private static final Logger log = LoggerFactory.getLogger(ClientUpdates.class);

    private final CaseRecords cases;
    private final Notifier notifier;
    private final FeedbackResponseTemplate feedbackResponse;
    private final InvitationToFileTemplate invitation;
    private final DecisionTemplate decision;
    private final DeadlinePassedTemplate deadlinePassed;
    private final ExtensionTemplate extension;

    public ClientUpdates(CaseRecords cases, Notifier notifier, FeedbackResponseTemplate feedbackResponse,
                         InvitationToFileTemplate invitation, DecisionTemplate decision,
                         DeadlinePassedTemplate deadlinePassed, ExtensionTemplate extension) {
        this.cases = cases;
        this.notifier = notifier;
        this.feedbackResponse = feedbackResponse;
        this.invitation = invitation;
        this.decision = decision;
        this.deadlinePassed = deadlinePassed;
        this.extension = extension;
    }

    public void feedbackResponseRecorded(String eventId, FeedbackResponseRecorded event) {
        tell(eventId, event.caseId(), NotificationType.FEEDBACK_RESPONSE,
                c -> feedbackResponse.render(addressee(c), event));
    }

    public void informalConversationHeld(String eventId, InformalConversationHeld event) {
        if (event.outcome() == ConversationOutcome.UNRESOLVED) {
            tell(eventId, event.caseId(), NotificationType.INVITATION_TO_FILE, c -> invitation.render(addressee(c), event));
        }
    }

    public void complaintDecided(String eventId, ComplaintDecided event) {
        tell(eventId, event.caseId(), NotificationType.DECISION, c -> decision.render(addressee(c), event, c.filedAt()));
    }

    public void complaintHandlingOverdue(String eventId, ComplaintHandlingOverdue event) {
        tell(eventId, event.caseId(), NotificationType.DEADLINE_PASSED, c -> deadlinePassed.render(addressee(c), event));
    }

    public void handlingDeadlineExtended(String eventId, HandlingDeadlineExtended event) {
        tell(eventId, event.caseId(), NotificationType.EXTENSION, c -> extension.render(addressee(c), event));
    }

    private void tell(String eventId, String caseId, NotificationType type, Function<CaseRecord, RenderedMail> render) {
        Optional<CaseRecord> known = cases.find(caseId);
        if (known.isEmpty()) {
            log.warn("No record of case {}; its {} for event {} is not sent", caseId, type, eventId);
            return;
        }
        if (!known.get().hasEmail()) {
            return;
        }
        CaseRecord record = known.get();
        notifier.notifyOnce(new OutgoingMail(eventId, caseId, type, record.email(), render.apply(record)));
    }

    private static Addressee addressee(CaseRecord record) {
        return new Addressee(record.reference(), record.language(), record.name());
    }
}
