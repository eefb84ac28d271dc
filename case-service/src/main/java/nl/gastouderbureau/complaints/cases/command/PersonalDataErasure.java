package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.CaseClosed;
import nl.gastouderbureau.complaints.events.ErasureReason;
import nl.gastouderbureau.complaints.events.FeedbackResponseRecorded;
import nl.gastouderbureau.complaints.events.PersonalDataErased;
import nl.gastouderbureau.complaints.support.web.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * P2, P3: the erasure of a case's personal data, recorded once. A data subject may ask at any
 * moment; retention erases only a finished case: closed, or feedback that was responded to.
 * <p>
 * A member of {@link Case}: Axon routes the command and the case's events here too.
 */
final class PersonalDataErasure {

    private boolean finished;
    private boolean erased;

    @CommandHandler
    void handle(ErasePersonalDataCommand command) {
        // A repeated request, or retention after a request: the data is gone, once is the record.
        if (erased) {
            return;
        }
        if (command.reason() == ErasureReason.RETENTION && !finished) {
            throw new RuleViolationException(Rules.CASE_NOT_FINISHED,
                    "Retention erases the personal data of a finished case only");
        }
        apply(new PersonalDataErased(command.caseId().value(), command.subjectId(), command.reason(),
                command.by(), command.at()));
    }

    @EventSourcingHandler
    void on(FeedbackResponseRecorded event) {
        finished = true;
    }

    @EventSourcingHandler
    void on(CaseClosed event) {
        finished = true;
    }

    @EventSourcingHandler
    void on(PersonalDataErased event) {
        erased = true;
    }
}
