package nl.gastouderbureau.complaints.notification.notify;

import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.events.Topics;
import nl.gastouderbureau.complaints.support.kafka.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Turns case events into notifications. Events no notification depends on are skipped; an
 * unreadable record fails here and the error handler parks it on the dead-letter topic.
 */
@Component
public class CaseEventsListener {

    private final Acknowledgements acknowledgements;

    public CaseEventsListener(Acknowledgements acknowledgements) {
        this.acknowledgements = acknowledgements;
    }

    @KafkaListener(id = "notification-case-events", idIsGroup = false, topics = Topics.CASE_EVENTS)
    public void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = ReceivedEvent.from(record);
        if (event.payload() instanceof FeedbackCaseOpened opened) {
            acknowledgements.feedbackCaseOpened(event.eventId(), opened);
        }
    }
}
