package nl.gastouderbureau.complaints.intake.submission;

import nl.gastouderbureau.complaints.events.EventType;
import nl.gastouderbureau.complaints.events.PersonalDataErased;
import nl.gastouderbureau.complaints.events.Topics;
import nl.gastouderbureau.complaints.support.kafka.ReceivedEvent;
import nl.gastouderbureau.complaints.support.privacy.MongoSubjectKeys;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * P2 in intake: when a case's personal data is erased, intake forgets who the case's reference was
 * handed to, so a reply quoting it is no longer recognised as the submitter's. What else intake
 * keeps of a submission is encrypted under the case's key (a pending idempotency record) or holds
 * no personal data (references, reply ids, answers given), and the key is gone already.
 */
@Component
class ErasedCases {

    private final CaseReferences references;
    private final MongoSubjectKeys keys;

    ErasedCases(CaseReferences references, MongoSubjectKeys keys) {
        this.references = references;
        this.keys = keys;
    }

    /**
     * Reads only the erasures: every other case event is known by its type header and skipped
     * unread, so intake does not decrypt (and fetch the key of) every case's events. A record
     * without a known type is read, and dead-lettered if unreadable.
     */
    @KafkaListener(id = "intake-erasures", groupId = "intake-service", topics = Topics.CASE_EVENTS)
    public void on(ConsumerRecord<String, byte[]> record) {
        Optional<EventType> type = ReceivedEvent.typeOf(record).flatMap(EventType::byName);
        if (type.isPresent() && type.get() != EventType.PERSONAL_DATA_ERASED) {
            return;
        }
        if (ReceivedEvent.from(record).payload() instanceof PersonalDataErased erased) {
            keys.forget(erased.caseId());
            references.forgetSubmitter(erased.caseId());
        }
    }
}
