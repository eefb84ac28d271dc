package nl.gastouderbureau.complaints.cases.query;

import nl.gastouderbureau.complaints.events.CaseEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The dossier staff export for De Geschillencommissie (C8). It is folded from the case's events in
 * the event store, not read from the projection, so it shows what was recorded even while the
 * projection lags or is being rebuilt.
 */
@Component
public class CaseDossiers {

    /** @param generatedAt when the dossier was put together */
    public record CaseDossier(CaseView caseView, Instant generatedAt) {
    }

    private final EventStore eventStore;
    private final Clock clock;

    public CaseDossiers(EventStore eventStore, Clock clock) {
        this.eventStore = eventStore;
        this.clock = clock;
    }

    /** Empty for a case without events. */
    public Optional<CaseDossier> of(String caseId) {
        DomainEventStream events = eventStore.readEvents(caseId);
        Document document = null;
        while (events.hasNext()) {
            DomainEventMessage<?> message = events.next();
            if (!(message.getPayload() instanceof CaseEvent event)) {
                continue;
            }
            if (document == null) {
                document = CaseDocuments.open(event, message.getSequenceNumber(), message.getTimestamp());
            } else {
                CaseDocuments.apply(document, event, message.getSequenceNumber(), message.getTimestamp());
            }
        }
        return Optional.ofNullable(document).map(d -> new CaseDossier(CaseViews.toView(d), clock.instant()));
    }
}
