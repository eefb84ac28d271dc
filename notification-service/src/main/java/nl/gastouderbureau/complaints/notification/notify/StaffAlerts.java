package nl.gastouderbureau.complaints.notification.notify;

import nl.gastouderbureau.complaints.events.ComplaintHandlingOverdue;
import nl.gastouderbureau.complaints.events.ComplaintHandlingReminderDue;
import nl.gastouderbureau.complaints.events.CorrectiveActionOverdue;
import nl.gastouderbureau.complaints.events.CorrectiveActionReminderDue;
import nl.gastouderbureau.complaints.events.FeedbackResponseOverdue;
import nl.gastouderbureau.complaints.events.FeedbackResponseReminderDue;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.LegalHandlingLimitExceeded;
import nl.gastouderbureau.complaints.events.PersonalContactOverdue;
import nl.gastouderbureau.complaints.events.SubmitterMessageAdded;
import nl.gastouderbureau.complaints.notification.cases.CaseRecord;
import nl.gastouderbureau.complaints.notification.cases.CaseRecords;
import nl.gastouderbureau.complaints.notification.log.NotificationType;
import nl.gastouderbureau.complaints.notification.mail.EscalationTemplate;
import nl.gastouderbureau.complaints.notification.mail.RenderedMail;
import nl.gastouderbureau.complaints.notification.mail.ReminderTemplate;
import nl.gastouderbureau.complaints.notification.mail.SubmitterMessageTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reminders to the handler or action owner (F3, C6, C6b), escalations to management (F4, F6, C6,
 * C6b), and a note to the handler, or the staff mailbox, that the submitter mailed about the case
 * (F7). They go out for anonymous cases too: the deadline is the same (F5). A case this service has
 * no record of is named by its id.
 */
@Component
public class StaffAlerts {

    private final CaseRecords cases;
    private final StaffAddresses addresses;
    private final Notifier notifier;
    private final ReminderTemplate reminders;
    private final EscalationTemplate escalations;
    private final SubmitterMessageTemplate submitterMessages;

    public StaffAlerts(CaseRecords cases, StaffAddresses addresses, Notifier notifier, ReminderTemplate reminders,
                       EscalationTemplate escalations, SubmitterMessageTemplate submitterMessages) {
        this.cases = cases;
        this.addresses = addresses;
        this.notifier = notifier;
        this.reminders = reminders;
        this.escalations = escalations;
        this.submitterMessages = submitterMessages;
    }

    /** Feedback has no handler; its reminder goes to the staff mailbox. */
    public void feedbackResponseReminderDue(String eventId, FeedbackResponseReminderDue event) {
        notifier.notifyOnce(new OutgoingMail(eventId, event.caseId(), NotificationType.REMINDER, addresses.of(null),
                reminders.feedbackResponse(language(), reference(event.caseId()), event.respondBy())));
    }

    public void complaintHandlingReminderDue(String eventId, ComplaintHandlingReminderDue event) {
        notifier.notifyOnce(new OutgoingMail(eventId, event.caseId(), NotificationType.REMINDER,
                addresses.of(event.handlerId()),
                reminders.complaintHandling(language(), reference(event.caseId()), event.handleBy())));
    }

    public void correctiveActionReminderDue(String eventId, CorrectiveActionReminderDue event) {
        Optional<CaseRecord> record = cases.find(event.caseId());
        notifier.notifyOnce(new OutgoingMail(eventId, event.caseId(), NotificationType.REMINDER, addresses.of(event.owner()),
                reminders.correctiveAction(language(), reference(event.caseId(), record),
                        description(record, event.actionId()), event.dueOn())));
    }

    public void feedbackResponseOverdue(String eventId, FeedbackResponseOverdue event) {
        escalate(eventId, event.caseId(), () -> escalations.feedbackResponseOverdue(language(),
                reference(event.caseId()), event.respondBy()));
    }

    public void complaintHandlingOverdue(String eventId, ComplaintHandlingOverdue event) {
        escalate(eventId, event.caseId(), () -> escalations.complaintHandlingOverdue(language(),
                reference(event.caseId()), event.handleBy()));
    }

    public void legalHandlingLimitExceeded(String eventId, LegalHandlingLimitExceeded event) {
        escalate(eventId, event.caseId(), () -> escalations.legalHandlingLimitExceeded(language(),
                reference(event.caseId()), event.legalLimit()));
    }

    public void correctiveActionOverdue(String eventId, CorrectiveActionOverdue event) {
        Optional<CaseRecord> record = cases.find(event.caseId());
        escalate(eventId, event.caseId(), () -> escalations.correctiveActionOverdue(language(),
                reference(event.caseId(), record), description(record, event.actionId()), event.owner(), event.dueOn()));
    }

    public void personalContactOverdue(String eventId, PersonalContactOverdue event) {
        escalate(eventId, event.caseId(), () -> escalations.personalContactOverdue(language(),
                reference(event.caseId()), event.contactBy()));
    }

    /** To whoever handles the case now; feedback and unassigned complaints have nobody, so the staff mailbox. */
    public void submitterMessageAdded(String eventId, SubmitterMessageAdded event) {
        Optional<CaseRecord> record = cases.find(event.caseId());
        notifier.notifyOnce(new OutgoingMail(eventId, event.caseId(), NotificationType.SUBMITTER_MESSAGE,
                addresses.of(record.map(CaseRecord::handlerId).orElse(null)),
                submitterMessages.messageAdded(language(), reference(event.caseId(), record), event.receivedAt(),
                        event.attachmentCount())));
    }

    private void escalate(String eventId, String caseId, Supplier<RenderedMail> render) {
        String management = addresses.managementList();
        if (management != null) {
            notifier.notifyOnce(new OutgoingMail(eventId, caseId, NotificationType.ESCALATION, management, render.get()));
        }
    }

    private Language language() {
        return addresses.staffLanguage();
    }

    private String reference(String caseId) {
        return reference(caseId, cases.find(caseId));
    }

    private static String reference(String caseId, Optional<CaseRecord> record) {
        return record.map(CaseRecord::reference).filter(r -> r != null && !r.isBlank()).orElse(caseId);
    }

    private static String description(Optional<CaseRecord> record, String actionId) {
        return actionId == null ? null : record.map(r -> r.actionDescriptions().get(actionId)).orElse(null);
    }
}
