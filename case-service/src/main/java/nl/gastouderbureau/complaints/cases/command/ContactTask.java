package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.ComplaintFiled;
import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.events.InformalComplaintRegistered;
import nl.gastouderbureau.complaints.events.PersonalContactOverdue;
import nl.gastouderbureau.complaints.events.PersonalContactRecorded;
import nl.gastouderbureau.complaints.events.PersonalContactRequested;
import nl.gastouderbureau.complaints.support.web.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static nl.gastouderbureau.complaints.cases.command.ScheduledDeadlines.AGENCY_ZONE;
import static nl.gastouderbureau.complaints.cases.command.ScheduledDeadlines.CONTACT_OVERDUE;
import static nl.gastouderbureau.complaints.cases.command.ScheduledDeadlines.scheduling;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * F6, the contact task of a case: whoever asks for a call or an appointment is contacted within
 * the personal-contact period. Recording the contact completes the open request, marked late when
 * it took place on a day after {@code contactBy}; at {@code contactBy} a request still open is
 * escalated, once.
 * <p>
 * Staff may record a contact on any case, one without a request and a closed one included: a
 * conversation that took place belongs in the case's record, and refusing it would only lose it.
 * A contact dated before the case was received cannot have been about it, and is refused.
 * <p>
 * A member of {@link Case}: Axon routes the command, the deadline and the case's events here too.
 */
final class ContactTask {

    private String caseId;
    private LocalDate receivedOn;
    private Instant contactBy;
    private boolean open;
    private boolean escalated;
    private final ScheduledDeadlines deadlines = new ScheduledDeadlines();

    /** As the case opens for someone who asked for contact: the request, and its deadline. */
    static void request(DeadlineManager manager, String caseId, Instant requestedAt, Duration period) {
        Instant contactBy = requestedAt.plus(period);
        MetaData scheduled = scheduling(manager, caseId)
                .schedule(CONTACT_OVERDUE, contactBy, DeadlineDue.at(contactBy))
                .metaData();
        apply(new PersonalContactRequested(caseId, requestedAt, contactBy), scheduled);
    }

    @CommandHandler
    void handle(RecordPersonalContactCommand command, DeadlineManager manager) {
        if (command.contactedOn().isBefore(receivedOn)) {
            throw new RuleViolationException(Rules.CONTACT_BEFORE_RECEIPT,
                    "The case was received on " + receivedOn + "; a contact before that was not about it");
        }
        boolean late = false;
        if (open) {
            // The day counts, not the hour: staff record the date of a call, not its time.
            late = command.contactedOn().isAfter(dayOf(contactBy));
            deadlines.cancel(manager, CONTACT_OVERDUE);
        }
        apply(new PersonalContactRecorded(caseId, command.contactedOn(), command.how(), command.summary(), late,
                command.by(), command.at()));
    }

    @DeadlineHandler(deadlineName = CONTACT_OVERDUE)
    void contactOverdue(DeadlineDue due, @Timestamp Instant now) {
        // Delivered at least once, and possibly after the contact was recorded.
        if (open && !escalated && due.dueAt().equals(contactBy)) {
            apply(new PersonalContactOverdue(caseId, contactBy, now));
        }
    }

    @EventSourcingHandler
    void on(FeedbackCaseOpened event) {
        opened(event.caseId(), event.receivedAt());
    }

    @EventSourcingHandler
    void on(InformalComplaintRegistered event) {
        opened(event.caseId(), event.receivedAt());
    }

    @EventSourcingHandler
    void on(ComplaintFiled event) {
        opened(event.caseId(), event.filedAt());
    }

    @EventSourcingHandler
    void on(PersonalContactRequested event, MetaData metaData) {
        contactBy = event.contactBy();
        open = true;
        deadlines.remember(metaData);
    }

    @EventSourcingHandler
    void on(PersonalContactOverdue event) {
        escalated = true;
    }

    @EventSourcingHandler
    void on(PersonalContactRecorded event) {
        open = false;
    }

    private void opened(String caseId, Instant receivedAt) {
        this.caseId = caseId;
        this.receivedOn = dayOf(receivedAt);
    }

    private static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, AGENCY_ZONE);
    }
}
