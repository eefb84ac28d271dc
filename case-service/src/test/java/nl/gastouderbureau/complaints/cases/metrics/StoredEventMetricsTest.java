package nl.gastouderbureau.complaints.cases.metrics;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.gastouderbureau.complaints.events.CaseCategorised;
import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.FeedbackResponseOverdue;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class StoredEventMetricsTest {

    private static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final SimpleEventBus eventBus = SimpleEventBus.builder().build();

    StoredEventMetricsTest() {
        eventBus.registerDispatchInterceptor(new StoredEventMetrics(meters));
    }

    @Test
    void anOverdueFeedbackResponseIsCountedAsAnEscalationOnceCommitted() {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        eventBus.publish(GenericEventMessage.asEventMessage(new FeedbackResponseOverdue("case-1", NOW, NOW)));
        eventBus.publish(GenericEventMessage.asEventMessage(new CaseCategorised("case-1", Category.SAFETY, null, NOW)));
        assertThat(meters.find(StoredEventMetrics.ESCALATED).counter()).as("not before the commit").isNull();

        unitOfWork.commit();

        assertThat(meters.get(StoredEventMetrics.ESCALATED).tags("kind", "FeedbackResponseOverdue").counter().count()).isEqualTo(1);
        assertThat(meters.get(StoredEventMetrics.EVENTS).tags("type", "CaseCategorised").counter().count()).isEqualTo(1);
        assertThat(meters.find(StoredEventMetrics.ESCALATED).tags("kind", "CaseCategorised").counter()).isNull();
    }

    @Test
    void whatIsRolledBackIsNotCounted() {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        eventBus.publish(GenericEventMessage.asEventMessage(new FeedbackResponseOverdue("case-2", NOW, NOW)));

        unitOfWork.rollback();

        assertThat(meters.find(StoredEventMetrics.ESCALATED).counter()).isNull();
    }
}
