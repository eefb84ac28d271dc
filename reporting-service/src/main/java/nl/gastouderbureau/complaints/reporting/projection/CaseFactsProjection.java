package nl.gastouderbureau.complaints.reporting.projection;

import io.micrometer.core.instrument.MeterRegistry;
import nl.gastouderbureau.complaints.events.CaseCategorised;
import nl.gastouderbureau.complaints.events.CaseClosed;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.ComplaintDecided;
import nl.gastouderbureau.complaints.events.ComplaintFiled;
import nl.gastouderbureau.complaints.events.ComplaintHandlingOverdue;
import nl.gastouderbureau.complaints.events.CorrectiveAction;
import nl.gastouderbureau.complaints.events.CorrectiveActionCompleted;
import nl.gastouderbureau.complaints.events.CorrectiveActionOverdue;
import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.events.FeedbackResponseOverdue;
import nl.gastouderbureau.complaints.events.FeedbackResponseRecorded;
import nl.gastouderbureau.complaints.events.HandlingDeadlineExtended;
import nl.gastouderbureau.complaints.events.InformalComplaintRegistered;
import nl.gastouderbureau.complaints.events.InformalConversationHeld;
import nl.gastouderbureau.complaints.events.LegalHandlingLimitExceeded;
import nl.gastouderbureau.complaints.events.PersonalContactOverdue;
import nl.gastouderbureau.complaints.events.PersonalContactRecorded;
import nl.gastouderbureau.complaints.events.PersonalContactRequested;
import nl.gastouderbureau.complaints.events.ReferredToDisputesCommittee;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.Topics;
import nl.gastouderbureau.complaints.reporting.facts.CaseFactsRepository;
import nl.gastouderbureau.complaints.support.kafka.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps {@code case_facts} up to date from the case events. Each event sets only its own facts,
 * so a redelivered event changes nothing and replaying the topic rebuilds the same facts; no
 * event-id ledger is needed. Events no report counts (reminders, handler assignment, the client's
 * satisfaction, the committee's ruling, the submitter's mailed messages) are skipped, and of those
 * it counts only enums, dates and ids are read: never the message, contact, reasoning, contact
 * summary or action descriptions (DESIGN P1).
 */
@Component
public class CaseFactsProjection {

    private final CaseFactsRepository facts;
    private final MeterRegistry metrics;

    public CaseFactsProjection(CaseFactsRepository facts, MeterRegistry metrics) {
        this.facts = facts;
        this.metrics = metrics;
    }

    @KafkaListener(id = "reporting-case-facts", idIsGroup = false, topics = Topics.CASE_EVENTS)
    public void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = ReceivedEvent.from(record);
        if (project(facts, event.payload())) {
            metrics.counter("complaints.reporting.events.projected", "type", event.type()).increment();
        }
    }

    /** Sets the event's facts in {@code facts}: the live store, or the fresh one of a rebuild. */
    static boolean project(CaseFactsRepository facts, Object payload) {
        if (payload instanceof FeedbackCaseOpened e) {
            facts.received(e.caseId(), e.kind(), e.channel(), e.submitterRole(), e.category(), e.receivedAt(), e.respondBy());
        } else if (payload instanceof InformalComplaintRegistered e) {
            facts.received(e.caseId(), SubmissionKind.INFORMAL_COMPLAINT, e.channel(), e.submitterRole(), e.category(),
                    e.receivedAt(), null);
        } else if (payload instanceof ComplaintFiled e) {
            // C2: a formal complaint only comes from a logged-in client through the form; the event names no role.
            facts.received(e.caseId(), SubmissionKind.COMPLAINT, Channel.WEB_FORM, null, e.category(), e.filedAt(), e.handleBy());
        } else if (payload instanceof CaseCategorised e) {
            facts.reclassified(e.caseId(), e.category());
        } else if (payload instanceof HandlingDeadlineExtended e) {
            facts.deadlineExtended(e.caseId(), e.newHandleBy());
        } else if (payload instanceof FeedbackResponseRecorded e) {
            facts.feedbackResponded(e.caseId(), e.at(), e.outcome());
        } else if (payload instanceof InformalConversationHeld e) {
            facts.conversationHeld(e.caseId(), e.at());
        } else if (payload instanceof ComplaintDecided e) {
            Map<String, LocalDate> actionsDue = new LinkedHashMap<>();
            for (CorrectiveAction action : e.correctiveActions()) {
                actionsDue.put(action.id(), action.dueOn());
            }
            facts.decided(e.caseId(), e.at(), e.verdict(), actionsDue);
        } else if (payload instanceof FeedbackResponseOverdue e) {
            facts.overdue(e.caseId());
        } else if (payload instanceof ComplaintHandlingOverdue e) {
            facts.overdue(e.caseId());
        } else if (payload instanceof LegalHandlingLimitExceeded e) {
            facts.legalLimitExceeded(e.caseId());
        } else if (payload instanceof CorrectiveActionOverdue e) {
            facts.actionOverdue(e.caseId(), e.actionId());
        } else if (payload instanceof CorrectiveActionCompleted e) {
            facts.actionCompleted(e.caseId(), e.actionId(), e.at());
        } else if (payload instanceof ReferredToDisputesCommittee e) {
            facts.referredExternally(e.caseId());
        } else if (payload instanceof CaseClosed e) {
            facts.closed(e.caseId(), e.at(), e.reason());
        } else if (payload instanceof PersonalContactRequested e) {
            facts.personalContactRequested(e.caseId());
        } else if (payload instanceof PersonalContactRecorded e) {
            facts.personalContactMade(e.caseId());
        } else if (payload instanceof PersonalContactOverdue e) {
            facts.personalContactOverdue(e.caseId());
        } else {
            return false;
        }
        return true;
    }
}
