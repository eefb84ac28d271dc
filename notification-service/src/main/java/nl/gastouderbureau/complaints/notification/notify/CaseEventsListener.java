package nl.gastouderbureau.complaints.notification.notify;

import nl.gastouderbureau.complaints.events.ComplaintDecided;
import nl.gastouderbureau.complaints.events.ComplaintFiled;
import nl.gastouderbureau.complaints.events.ComplaintHandlingOverdue;
import nl.gastouderbureau.complaints.events.ComplaintHandlingReminderDue;
import nl.gastouderbureau.complaints.events.CorrectiveActionOverdue;
import nl.gastouderbureau.complaints.events.CorrectiveActionReminderDue;
import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.events.FeedbackResponseOverdue;
import nl.gastouderbureau.complaints.events.FeedbackResponseRecorded;
import nl.gastouderbureau.complaints.events.FeedbackResponseReminderDue;
import nl.gastouderbureau.complaints.events.HandlerAssigned;
import nl.gastouderbureau.complaints.events.HandlingDeadlineExtended;
import nl.gastouderbureau.complaints.events.InformalComplaintRegistered;
import nl.gastouderbureau.complaints.events.InformalConversationHeld;
import nl.gastouderbureau.complaints.events.LegalHandlingLimitExceeded;
import nl.gastouderbureau.complaints.events.PersonalContactOverdue;
import nl.gastouderbureau.complaints.events.PersonalDataErased;
import nl.gastouderbureau.complaints.events.SubmitterMessageAdded;
import nl.gastouderbureau.complaints.events.Topics;
import nl.gastouderbureau.complaints.notification.cases.CaseRecords;
import nl.gastouderbureau.complaints.notification.log.NotificationLog;
import nl.gastouderbureau.complaints.support.privacy.MongoSubjectKeys;
import nl.gastouderbureau.complaints.support.kafka.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Turns case events into notifications. The events that open a case are remembered first, as
 * the later ones of the same case (same key, same partition, in order) need their address; so is
 * the handler assigned, who hears of the submitter's messages. An erasure of the case's personal
 * data (P2) is carried out on the case record and the notification log, and the case's key is
 * no longer read from the cache.
 * Events no notification depends on are skipped; an unreadable record fails here and the error
 * handler parks it on the dead-letter topic.
 */
@Component
public class CaseEventsListener {

    private final CaseRecords cases;
    private final Acknowledgements acknowledgements;
    private final ClientUpdates clients;
    private final StaffAlerts staff;
    private final NotificationLog log;
    private final MongoSubjectKeys keys;

    public CaseEventsListener(CaseRecords cases, Acknowledgements acknowledgements, ClientUpdates clients,
                              StaffAlerts staff, NotificationLog log, MongoSubjectKeys keys) {
        this.cases = cases;
        this.acknowledgements = acknowledgements;
        this.clients = clients;
        this.staff = staff;
        this.log = log;
        this.keys = keys;
    }

    @KafkaListener(id = "notification-case-events", idIsGroup = false, topics = Topics.CASE_EVENTS)
    public void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent received = ReceivedEvent.from(record);
        String id = received.eventId();
        Object event = received.payload();
        if (event instanceof FeedbackCaseOpened e) {
            cases.opened(e);
            acknowledgements.feedbackCaseOpened(id, e);
        } else if (event instanceof InformalComplaintRegistered e) {
            cases.opened(e);
        } else if (event instanceof ComplaintFiled e) {
            cases.opened(e);
            acknowledgements.complaintFiled(id, e);
        } else if (event instanceof FeedbackResponseRecorded e) {
            clients.feedbackResponseRecorded(id, e);
        } else if (event instanceof InformalConversationHeld e) {
            clients.informalConversationHeld(id, e);
        } else if (event instanceof ComplaintDecided e) {
            cases.decided(e.caseId(), e.correctiveActions());
            clients.complaintDecided(id, e);
        } else if (event instanceof HandlingDeadlineExtended e) {
            clients.handlingDeadlineExtended(id, e);
        } else if (event instanceof ComplaintHandlingOverdue e) {
            staff.complaintHandlingOverdue(id, e);
            clients.complaintHandlingOverdue(id, e);
        } else if (event instanceof FeedbackResponseReminderDue e) {
            staff.feedbackResponseReminderDue(id, e);
        } else if (event instanceof ComplaintHandlingReminderDue e) {
            staff.complaintHandlingReminderDue(id, e);
        } else if (event instanceof CorrectiveActionReminderDue e) {
            staff.correctiveActionReminderDue(id, e);
        } else if (event instanceof FeedbackResponseOverdue e) {
            staff.feedbackResponseOverdue(id, e);
        } else if (event instanceof LegalHandlingLimitExceeded e) {
            staff.legalHandlingLimitExceeded(id, e);
        } else if (event instanceof CorrectiveActionOverdue e) {
            staff.correctiveActionOverdue(id, e);
        } else if (event instanceof HandlerAssigned e) {
            cases.handlerAssigned(e.caseId(), e.handlerId());
        } else if (event instanceof PersonalContactOverdue e) {
            staff.personalContactOverdue(id, e);
        } else if (event instanceof SubmitterMessageAdded e) {
            staff.submitterMessageAdded(id, e);
        } else if (event instanceof PersonalDataErased e) {
            keys.forget(e.caseId());
            log.erase(e.caseId(), cases.erase(e.caseId()));
        }
    }
}
