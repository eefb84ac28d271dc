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
import nl.gastouderbureau.complaints.support.kafka.PolledCases;
import nl.gastouderbureau.complaints.support.kafka.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Turns case events into notifications. The events that open a case are remembered first, as
 * the later ones of the same case (same key, same partition, in order) need their address; so is
 * the handler assigned, who hears of the submitter's messages. An erasure of the case's personal
 * data (P2) is carried out on the case record and the notification log, and the case's key is
 * no longer read from the cache.
 *
 * <p>A poll's records come as one batch. The cases' keys are read in one query; consecutive
 * openings are remembered in one write and their acknowledgements claimed in one write and marked
 * sent in another ({@link Openings}), where one at a time cost four round trips to the database
 * per mail, which kept the service waiting under load. Any other event first writes the openings
 * before it, as it may read them, and is then handled on its own.
 *
 * <p>Events no notification depends on are skipped. A record that fails is reported by its
 * position, once the records before it are done: the error handler commits those, retries from
 * the failed one and parks it on the dead-letter topic if it keeps failing; an unreadable record
 * is parked at once.
 */
@Component
public class CaseEventsListener {

    private final CaseRecords cases;
    private final Acknowledgements acknowledgements;
    private final Notifier notifier;
    private final ClientUpdates clients;
    private final StaffAlerts staff;
    private final NotificationLog log;
    private final MongoSubjectKeys keys;

    public CaseEventsListener(CaseRecords cases, Acknowledgements acknowledgements, Notifier notifier,
                              ClientUpdates clients, StaffAlerts staff, NotificationLog log, MongoSubjectKeys keys) {
        this.cases = cases;
        this.acknowledgements = acknowledgements;
        this.notifier = notifier;
        this.clients = clients;
        this.staff = staff;
        this.log = log;
        this.keys = keys;
    }

    @KafkaListener(id = "notification-case-events", idIsGroup = false, topics = Topics.CASE_EVENTS, batch = "true")
    public void on(List<ConsumerRecord<String, byte[]>> records) {
        PolledCases.prefetchKeys(keys, records);
        Openings openings = new Openings();
        for (int i = 0; i < records.size(); i++) {
            ReceivedEvent received;
            try {
                received = ReceivedEvent.from(records.get(i));
            } catch (RuntimeException e) {
                write(openings);
                throw new BatchListenerFailedException("Cannot read case event", e, i);
            }
            if (!opened(openings, i, received)) {
                write(openings);
                try {
                    handle(received);
                } catch (RuntimeException e) {
                    throw new BatchListenerFailedException("Case event " + received.eventId() + " failed", e, i);
                }
            }
        }
        write(openings);
    }

    /** @return whether the event opens a case, and was added to the openings to write */
    private boolean opened(Openings openings, int index, ReceivedEvent received) {
        String id = received.eventId();
        Object event = received.payload();
        if (event instanceof FeedbackCaseOpened e) {
            openings.add(index, CaseRecords.Opening.of(e), acknowledgements.of(id, e));
        } else if (event instanceof InformalComplaintRegistered e) {
            openings.add(index, CaseRecords.Opening.of(e), Optional.empty());
        } else if (event instanceof ComplaintFiled e) {
            openings.add(index, CaseRecords.Opening.of(e), acknowledgements.of(id, e));
        } else {
            return false;
        }
        return true;
    }

    private void write(Openings openings) {
        try {
            openings.write(cases, notifier);
        } catch (RuntimeException e) {
            throw new BatchListenerFailedException("Cannot write the cases opened", e, openings.firstIndex());
        }
    }

    private void handle(ReceivedEvent received) {
        String id = received.eventId();
        Object event = received.payload();
        if (event instanceof FeedbackResponseRecorded e) {
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
