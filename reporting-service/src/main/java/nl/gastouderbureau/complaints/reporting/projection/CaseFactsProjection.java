package nl.gastouderbureau.complaints.reporting.projection;

import io.micrometer.core.instrument.MeterRegistry;
import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.events.Topics;
import nl.gastouderbureau.complaints.reporting.facts.CaseFactsRepository;
import nl.gastouderbureau.complaints.support.kafka.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code case_facts} up to date from the case events. Replaying the topic rebuilds the same
 * facts; events no report counts are skipped.
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
        if (event.payload() instanceof FeedbackCaseOpened opened) {
            facts.opened(opened.caseId(), opened.kind(), opened.channel(), opened.submitterRole(),
                    opened.category(), opened.receivedAt(), opened.respondBy());
            projected(event);
        }
    }

    private void projected(ReceivedEvent event) {
        metrics.counter("complaints.reporting.events.projected", "type", event.type()).increment();
    }
}
