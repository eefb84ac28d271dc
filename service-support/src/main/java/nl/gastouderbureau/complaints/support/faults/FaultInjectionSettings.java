package nl.gastouderbureau.complaints.support.faults;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Crashes on purpose, for the fault tests only; all off unless set. Each names the Nth time (from 1,
 * counted since the process started) at which the JVM halts as a crash would: no shutdown hooks,
 * nothing flushed, no offset committed and no token stored.
 *
 * @param haltBeforePublish      before the Nth event is sent to Kafka (for case-service's forwarder:
 *                               the event is stored, not yet published)
 * @param haltAfterPublish       right after Kafka acknowledged the Nth event, before the publisher's
 *                               caller goes on (the forwarder's token, intake's answer)
 * @param haltBeforeOffsetCommit when a Kafka listener is about to commit the offset of the Nth record
 *                               it handled: after the record's side effects (mail, facts), before the commit
 */
@ConfigurationProperties("complaints.fault-injection")
public record FaultInjectionSettings(Integer haltBeforePublish, Integer haltAfterPublish, Integer haltBeforeOffsetCommit) {
}
