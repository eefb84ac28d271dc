package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.SubmitterMessageAdded;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * F7: what the submitter mailed about their case, each reply on the timeline once. A reply joins
 * in every state, a closed case included: what the submitter writes belongs in the record, and
 * staff decide whether it calls for anything.
 * <p>
 * A member of {@link Case}: Axon routes the command and the case's events here too.
 */
final class SubmitterMessages {

    private final Set<String> replyIds = new HashSet<>();

    @CommandHandler
    void handle(AddSubmitterMessageCommand command) {
        // Kafka delivers at least once: a reply that joined before adds nothing.
        if (replyIds.contains(command.replyId())) {
            return;
        }
        apply(new SubmitterMessageAdded(command.caseId().value(), command.replyId(), command.channel(),
                command.subject(), command.message(), command.attachmentCount(), command.receivedAt()));
    }

    @EventSourcingHandler
    void on(SubmitterMessageAdded event) {
        replyIds.add(event.replyId());
    }
}
