package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.Actor;
import nl.gastouderbureau.complaints.events.CaseCategorised;
import nl.gastouderbureau.complaints.events.CaseClosed;
import nl.gastouderbureau.complaints.events.ClientSatisfactionRecorded;
import nl.gastouderbureau.complaints.events.CloseReason;
import nl.gastouderbureau.complaints.events.ComplaintDecided;
import nl.gastouderbureau.complaints.events.ComplaintFiled;
import nl.gastouderbureau.complaints.events.ComplaintHandlingOverdue;
import nl.gastouderbureau.complaints.events.ComplaintHandlingReminderDue;
import nl.gastouderbureau.complaints.events.ConversationOutcome;
import nl.gastouderbureau.complaints.events.CorrectiveActionCompleted;
import nl.gastouderbureau.complaints.events.CorrectiveActionOverdue;
import nl.gastouderbureau.complaints.events.CorrectiveActionReminderDue;
import nl.gastouderbureau.complaints.events.DisputesCommitteeRulingRecorded;
import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.events.HandlerAssigned;
import nl.gastouderbureau.complaints.events.HandlingDeadlineExtended;
import nl.gastouderbureau.complaints.events.InformalComplaintRegistered;
import nl.gastouderbureau.complaints.events.InformalConversationHeld;
import nl.gastouderbureau.complaints.events.LegalHandlingLimitExceeded;
import nl.gastouderbureau.complaints.events.PersonalDataErased;
import nl.gastouderbureau.complaints.events.ReferredToDisputesCommittee;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.support.config.Deadlines;
import nl.gastouderbureau.complaints.support.web.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;

import static nl.gastouderbureau.complaints.cases.command.ScheduledDeadlines.ACTION_OVERDUE;
import static nl.gastouderbureau.complaints.cases.command.ScheduledDeadlines.ACTION_REMINDER;
import static nl.gastouderbureau.complaints.cases.command.ScheduledDeadlines.HANDLING_OVERDUE;
import static nl.gastouderbureau.complaints.cases.command.ScheduledDeadlines.HANDLING_REMINDER;
import static nl.gastouderbureau.complaints.cases.command.ScheduledDeadlines.LEGAL_LIMIT;
import static nl.gastouderbureau.complaints.cases.command.ScheduledDeadlines.scheduling;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The handling of one submission (DESIGN §3): feedback (F1–F5), an informal complaint (C1) or a
 * formal complaint (C2–C8). Every handler names the rule it guards, refuses with a {@link Rules}
 * code (C9) and otherwise applies; time comes on the command or, for a deadline, as the moment
 * it was set for. The feedback promise (F1–F5), the personal contact task (F6) and the
 * submitter's mailed replies (F7) and the erasure of personal data (P2, P3) are members of their
 * own: {@link FeedbackPromise}, {@link ContactTask}, {@link SubmitterMessages} and {@link PersonalDataErasure}.
 * <p>
 * A case is opened by a constructor, so a second opening of the same id tries to store a second
 * event at sequence 0, which the event store refuses: that is how a redelivered submission is
 * recognised, also when two deliveries race.
 */
@Aggregate
public class Case {

    static final String TYPE = "Case";

    @AggregateIdentifier
    private String id;
    private SubmissionKind kind;
    private boolean closed;
    private boolean conversationHeld;
    private Complaint complaint;
    private final ScheduledDeadlines deadlines = new ScheduledDeadlines();
    @AggregateMember
    private final FeedbackPromise feedbackPromise = new FeedbackPromise();
    @AggregateMember
    private final ContactTask contactTask = new ContactTask();
    @AggregateMember
    private final SubmitterMessages submitterMessages = new SubmitterMessages();
    @AggregateMember
    private final PersonalDataErasure personalDataErasure = new PersonalDataErasure();

    protected Case() {
        // Axon rebuilds the case from its events.
    }

    @CommandHandler
    public Case(OpenFeedbackCaseCommand command, DeadlineManager manager, Deadlines periods) {
        if (!command.kind().isFeedback()) {
            throw new IllegalArgumentException("A feedback case is for an idea, tip or remark, not a " + command.kind());
        }
        // F1, and F5: anonymous or not, the same promise.
        Instant respondBy = command.receivedAt().plus(command.responsePeriod());
        MetaData scheduled = FeedbackPromise.promise(manager, command.caseId().value(), respondBy, periods.reminderBefore());
        apply(new FeedbackCaseOpened(command.caseId().value(), command.reference(), command.kind(),
                command.channel(), command.submitterRole(), command.category(), command.language(),
                command.message(), command.contact(), command.wantsPersonalContact(),
                command.receivedAt(), respondBy, command.attachmentCount()), scheduled);
        if (command.wantsPersonalContact()) {
            ContactTask.request(manager, command.caseId().value(), command.receivedAt(), periods.personalContact());
        }
    }

    @CommandHandler
    public Case(RegisterInformalComplaintCommand command) {
        apply(new InformalComplaintRegistered(command.caseId().value(), command.reference(), command.channel(),
                command.submitterRole(), command.category(), command.language(), command.message(),
                command.contact(), command.clientAccount(), command.receivedAt(), command.by()));
    }

    @CommandHandler
    public Case(FileComplaintCommand command, DeadlineManager manager, Deadlines periods) {
        if (command.clientAccount() == null || command.clientAccount().isBlank()) {
            throw refusal(Rules.CLIENT_ACCOUNT_REQUIRED, "A formal complaint comes from a logged-in client");
        }
        MetaData scheduled = scheduling(manager, command.caseId().value())
                .schedule(HANDLING_REMINDER, command.handleBy().minus(periods.reminderBefore()), DeadlineDue.at(command.handleBy()))
                .schedule(HANDLING_OVERDUE, command.handleBy(), DeadlineDue.at(command.handleBy()))
                .schedule(LEGAL_LIMIT, command.legalLimit(), DeadlineDue.at(command.legalLimit()))
                .metaData();
        apply(new ComplaintFiled(command.caseId().value(), command.reference(), command.clientAccount(),
                command.subject(), command.description(), command.involvedEmployee(), command.occurredOn(),
                command.desiredOutcome(), command.category(), command.language(), command.contact(),
                command.informalCaseId(), command.filedAt(), command.handleBy(), command.legalLimit()), scheduled);
    }

    @CommandHandler
    void handle(RecordConversationCommand command) {
        requireOpen(SubmissionKind.INFORMAL_COMPLAINT);
        if (conversationHeld) {
            throw refusal(Rules.CONVERSATION_ALREADY_HELD, "The informal conversation was recorded before");
        }
        apply(new InformalConversationHeld(id, command.heldOn(), command.outcome(), command.summary(),
                command.by(), command.at()));
        // C1: "the air is cleared"; unresolved leaves the case waiting for a formal complaint.
        if (command.outcome() == ConversationOutcome.RESOLVED) {
            apply(new CaseClosed(id, CloseReason.RESOLVED_INFORMALLY, command.by(), command.at()));
        }
    }

    @CommandHandler
    void handle(CloseAsContinuedCommand command) {
        requireOpen(SubmissionKind.INFORMAL_COMPLAINT);
        apply(new CaseClosed(id, CloseReason.CONTINUED_AS_FORMAL, command.by(), command.at()));
    }

    @CommandHandler
    void handle(AssignHandlerCommand command) {
        requireUndecidedComplaint();
        HandlerPolicy.check(complaint, command.handlerId());
        apply(new HandlerAssigned(id, command.handlerId(), command.by(), command.at()));
    }

    @CommandHandler
    void handle(ExtendHandlingDeadlineCommand command, DeadlineManager manager, Deadlines periods) {
        requireOpen(SubmissionKind.COMPLAINT);
        ExtensionPolicy.check(complaint, command.newHandleBy());
        deadlines.cancel(manager, HANDLING_REMINDER);
        deadlines.cancel(manager, HANDLING_OVERDUE);
        Instant newHandleBy = command.newHandleBy();
        MetaData scheduled = scheduling(manager, id)
                .schedule(HANDLING_REMINDER, newHandleBy.minus(periods.reminderBefore()), DeadlineDue.at(newHandleBy))
                .schedule(HANDLING_OVERDUE, newHandleBy, DeadlineDue.at(newHandleBy))
                .metaData();
        apply(new HandlingDeadlineExtended(id, complaint.handleBy, newHandleBy, command.reason(),
                command.by(), command.at()), scheduled);
    }

    @CommandHandler
    void handle(RecordDecisionCommand command, DeadlineManager manager, Deadlines periods) {
        requireUndecidedComplaint();
        // C4: a mistake that is found is put right.
        if (command.verdict().requiresCorrectiveAction() && command.correctiveActions().isEmpty()) {
            throw refusal(Rules.CORRECTIVE_ACTION_REQUIRED, "A (partly) well-founded verdict needs a corrective action");
        }
        deadlines.cancel(manager, HANDLING_REMINDER);
        deadlines.cancel(manager, HANDLING_OVERDUE);
        deadlines.cancel(manager, LEGAL_LIMIT);
        ScheduledDeadlines.Scheduling scheduling = scheduling(manager, id);
        command.correctiveActions().forEach(action -> scheduling.actionDeadlines(action, periods.reminderBefore()));
        apply(new ComplaintDecided(id, command.verdict(), command.reasoning(), command.correctiveActions(),
                command.by(), command.at()), scheduling.metaData());
    }

    @CommandHandler
    void handle(CompleteCorrectiveActionCommand command, DeadlineManager manager) {
        requireOpen(SubmissionKind.COMPLAINT);
        Complaint.Action action = complaint.actions.get(command.actionId());
        if (action == null) {
            throw refusal(Rules.UNKNOWN_CORRECTIVE_ACTION, "The decision names no action " + command.actionId());
        }
        if (action.done()) {
            throw refusal(Rules.ACTION_ALREADY_COMPLETED, "The action was completed before");
        }
        deadlines.cancel(manager, ACTION_REMINDER, command.actionId());
        deadlines.cancel(manager, ACTION_OVERDUE, command.actionId());
        apply(new CorrectiveActionCompleted(id, command.actionId(), command.note(), command.by(), command.at()));
        closeWhenSatisfiedAndDone(command.by(), command.at());
    }

    @CommandHandler
    void handle(RecordSatisfactionCommand command) {
        requireOpen(SubmissionKind.COMPLAINT);
        if (!complaint.decided()) {
            throw refusal(Rules.NOT_DECIDED, "The client answers a decision, and there is none yet");
        }
        if (complaint.satisfied != null) {
            throw refusal(Rules.SATISFACTION_ALREADY_RECORDED, "The client answered the decision before");
        }
        apply(new ClientSatisfactionRecorded(id, command.satisfied(), command.comment(), command.by(), command.at()));
        closeWhenSatisfiedAndDone(command.by(), command.at());
    }

    @CommandHandler
    void handle(ReferToDisputesCommitteeCommand command) {
        requireOpen(SubmissionKind.COMPLAINT);
        ReferralPolicy.check(complaint, command.at());
        apply(new ReferredToDisputesCommittee(id, command.referredOn(), command.committeeReference(),
                command.by(), command.at()));
    }

    @CommandHandler
    void handle(RecordRulingCommand command, DeadlineManager manager) {
        requireOpen(SubmissionKind.COMPLAINT);
        if (!complaint.referred) {
            throw refusal(Rules.NOT_REFERRED, "There is no referral to record a ruling for");
        }
        apply(new DisputesCommitteeRulingRecorded(id, command.ruling(), command.receivedOn(), command.by(), command.at()));
        // C5: the case closes when the external referral ends; what it still waited for is no longer due.
        deadlines.cancelAll(manager);
        apply(new CaseClosed(id, CloseReason.REFERRAL_ENDED, command.by(), command.at()));
    }

    @CommandHandler
    void handle(CategoriseCaseCommand command) {
        apply(new CaseCategorised(id, command.category(), command.by(), command.at()));
    }

    // Deadlines: each is delivered at least once, and may be stale (moved by an extension, or
    // overtaken by a decision), so each handler first checks it is still due.

    @DeadlineHandler(deadlineName = HANDLING_REMINDER)
    void handlingReminderDue(DeadlineDue due, @Timestamp Instant now) {
        if (awaitsDecisionBy(due) && !due.dueAt().equals(complaint.remindedFor)) {
            apply(new ComplaintHandlingReminderDue(id, complaint.handleBy, complaint.handlerId, now));
        }
    }

    @DeadlineHandler(deadlineName = HANDLING_OVERDUE)
    void handlingOverdue(DeadlineDue due, @Timestamp Instant now) {
        if (awaitsDecisionBy(due) && !due.dueAt().equals(complaint.overdueFor)) {
            apply(new ComplaintHandlingOverdue(id, complaint.handleBy, now));
        }
    }

    @DeadlineHandler(deadlineName = LEGAL_LIMIT)
    void legalLimitPassed(DeadlineDue due, @Timestamp Instant now) {
        if (!closed && !complaint.decided() && !complaint.legalLimitExceeded) {
            apply(new LegalHandlingLimitExceeded(id, complaint.legalLimit, now));
        }
    }

    @DeadlineHandler(deadlineName = ACTION_REMINDER)
    void actionReminderDue(DeadlineDue due, @Timestamp Instant now) {
        Complaint.Action action = openAction(due);
        if (action != null && !action.reminded()) {
            apply(new CorrectiveActionReminderDue(id, due.actionId(), action.action().owner(), action.action().dueOn(), now));
        }
    }

    @DeadlineHandler(deadlineName = ACTION_OVERDUE)
    void actionOverdue(DeadlineDue due, @Timestamp Instant now) {
        Complaint.Action action = openAction(due);
        if (action != null && !action.overdue()) {
            apply(new CorrectiveActionOverdue(id, due.actionId(), action.action().owner(), action.action().dueOn(), now));
        }
    }

    private void requireOpen(SubmissionKind required) {
        if (kind != required) {
            throw refusal(required == SubmissionKind.COMPLAINT ? Rules.NOT_A_COMPLAINT : Rules.NOT_AN_INFORMAL_COMPLAINT,
                    "This is not a case of kind " + required);
        }
        if (closed) {
            throw refusal(Rules.CASE_CLOSED, "The case is closed");
        }
    }

    private void requireUndecidedComplaint() {
        requireOpen(SubmissionKind.COMPLAINT);
        if (complaint.decided()) {
            throw refusal(Rules.ALREADY_DECIDED, "The complaint was decided before");
        }
    }

    /** C5: satisfied, and every corrective action done. */
    private void closeWhenSatisfiedAndDone(Actor by, Instant at) {
        if (Boolean.TRUE.equals(complaint.satisfied) && complaint.allActionsDone()) {
            apply(new CaseClosed(id, CloseReason.SATISFIED_AND_ACTIONS_DONE, by, at));
        }
    }

    private boolean awaitsDecisionBy(DeadlineDue due) {
        return !closed && !complaint.decided() && due.dueAt().equals(complaint.handleBy);
    }

    private Complaint.Action openAction(DeadlineDue due) {
        Complaint.Action action = closed ? null : complaint.actions.get(due.actionId());
        return action == null || action.done() ? null : action;
    }

    private static RuleViolationException refusal(String rule, String message) {
        return new RuleViolationException(rule, message);
    }

    @EventSourcingHandler
    void on(FeedbackCaseOpened event) {
        id = event.caseId();
        kind = event.kind();
    }

    @EventSourcingHandler
    void on(InformalComplaintRegistered event) {
        id = event.caseId();
        kind = SubmissionKind.INFORMAL_COMPLAINT;
    }

    @EventSourcingHandler
    void on(ComplaintFiled event, MetaData metaData) {
        id = event.caseId();
        kind = SubmissionKind.COMPLAINT;
        complaint = new Complaint(event.involvedEmployee(), event.filedAt(), event.handleBy(), event.legalLimit());
        deadlines.remember(metaData);
    }

    @EventSourcingHandler
    void on(InformalConversationHeld event) {
        conversationHeld = true;
    }

    @EventSourcingHandler
    void on(HandlerAssigned event) {
        complaint.handlerId = event.handlerId();
    }

    @EventSourcingHandler
    void on(HandlingDeadlineExtended event, MetaData metaData) {
        complaint.handleBy = event.newHandleBy();
        complaint.extended = true;
        deadlines.remember(metaData);
    }

    @EventSourcingHandler
    void on(ComplaintHandlingReminderDue event) {
        complaint.remindedFor = event.handleBy();
    }

    @EventSourcingHandler
    void on(ComplaintHandlingOverdue event) {
        complaint.overdueFor = event.handleBy();
    }

    @EventSourcingHandler
    void on(LegalHandlingLimitExceeded event) {
        complaint.legalLimitExceeded = true;
    }

    @EventSourcingHandler
    void on(ComplaintDecided event, MetaData metaData) {
        complaint.verdict = event.verdict();
        complaint.decidedAt = event.at();
        event.correctiveActions().forEach(action -> complaint.actions.put(action.id(), new Complaint.Action(action)));
        deadlines.remember(metaData);
    }

    @EventSourcingHandler
    void on(CorrectiveActionReminderDue event) {
        complaint.actions.computeIfPresent(event.actionId(), (id, action) -> action.remindedOf());
    }

    @EventSourcingHandler
    void on(CorrectiveActionOverdue event) {
        complaint.actions.computeIfPresent(event.actionId(), (id, action) -> action.escalated());
    }

    @EventSourcingHandler
    void on(CorrectiveActionCompleted event) {
        complaint.actions.computeIfPresent(event.actionId(), (id, action) -> action.completed());
    }

    @EventSourcingHandler
    void on(ClientSatisfactionRecorded event) {
        complaint.satisfied = event.satisfied();
    }

    @EventSourcingHandler
    void on(ReferredToDisputesCommittee event) {
        complaint.referred = true;
    }

    @EventSourcingHandler
    void on(CaseClosed event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(PersonalDataErased event) {
        if (complaint != null) {
            complaint.forgetPersonalData();
        }
    }
}
