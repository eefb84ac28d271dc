package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.CaseEvent;
import nl.gastouderbureau.complaints.events.Topics;
import nl.gastouderbureau.complaints.support.kafka.EventMetadata;
import nl.gastouderbureau.complaints.support.kafka.EventPublisher;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The event store is the outbox (DESIGN §4): this tracking processor reads what was stored and
 * publishes it, waiting for Kafka's ack before its token moves on. An event is therefore published
 * only after it was stored, and a failed publish stops the processor, which retries from the same
 * event (at least once; consumers drop a repeat by its {@code eventId}, the stored event's identifier).
 * <p>
 * The processor hands over a batch of events in one unit of work: each is sent as it comes, and
 * before the unit of work stores the batch's token, every ack is awaited. Waiting for each ack in
 * turn would cost a broker round trip per event. The idempotent producer keeps a case's events in
 * order on its partition also when a send is retried.
 * <p>
 * What the platform calls the correlation id is what Axon calls the trace id: the root of a chain,
 * copied from command to events unchanged. Axon's own {@code correlationId} names only the direct
 * cause, the command's message id.
 */
@Component
@ProcessingGroup(CaseEventForwarder.PROCESSING_GROUP)
@DisallowReplay
public class CaseEventForwarder {

    public static final String PROCESSING_GROUP = "kafka-forwarder";
    private static final String PENDING_ACKS = CaseEventForwarder.class.getName() + ".pendingAcks";

    private final EventPublisher publisher;

    public CaseEventForwarder(EventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(CaseEvent event, EventMessage<?> message, UnitOfWork<?> unitOfWork) {
        String correlationId = (String) message.getMetaData().get(MessageOriginProvider.getDefaultTraceKey());
        pendingAcks(unitOfWork.root()).add(publisher.send(Topics.CASE_EVENTS, event.caseId(), event,
                new EventMetadata(message.getIdentifier(), message.getTimestamp(), correlationId)));
    }

    /** A failed wait fails the commit, so the token stays where it was and the batch is sent again. */
    private List<CompletableFuture<?>> pendingAcks(UnitOfWork<?> batch) {
        return batch.getOrComputeResource(PENDING_ACKS, key -> {
            List<CompletableFuture<?>> acks = new ArrayList<>();
            batch.onPrepareCommit(committing -> publisher.awaitAcks(Topics.CASE_EVENTS, acks));
            return acks;
        });
    }
}
