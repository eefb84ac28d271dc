package nl.gastouderbureau.complaints.support.faults;

import nl.gastouderbureau.complaints.support.kafka.PublishFaults;

/** Halts before or after the Nth publish, whichever {@link FaultInjectionSettings} asks for. */
final class HaltingPublishFaults implements PublishFaults {

    private final Halt before;
    private final Halt after;

    HaltingPublishFaults(FaultInjectionSettings settings) {
        this.before = settings.haltBeforePublish() == null ? null : new Halt("halt-before-publish", settings.haltBeforePublish());
        this.after = settings.haltAfterPublish() == null ? null : new Halt("halt-after-publish", settings.haltAfterPublish());
    }

    @Override
    public void beforePublish(String topic, String key) {
        if (before != null) {
            before.pass(topic + " key " + key);
        }
    }

    @Override
    public void afterPublish(String topic, String key) {
        if (after != null) {
            after.pass(topic + " key " + key);
        }
    }
}
