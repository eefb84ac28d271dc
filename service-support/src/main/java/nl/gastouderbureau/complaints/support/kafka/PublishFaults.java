package nl.gastouderbureau.complaints.support.kafka;

/**
 * Where a fault test may crash the {@link EventPublisher}: around a publish. Only the fault
 * injection of {@code nl.gastouderbureau.complaints.support.faults} implements it; otherwise it is {@link #NONE}.
 */
public interface PublishFaults {

    PublishFaults NONE = new PublishFaults() {
    };

    default void beforePublish(String topic, String key) {
    }

    default void afterPublish(String topic, String key) {
    }
}
