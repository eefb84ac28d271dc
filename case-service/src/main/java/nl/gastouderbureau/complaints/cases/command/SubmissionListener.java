package nl.gastouderbureau.complaints.cases.command;

import io.micrometer.core.instrument.MeterRegistry;
import nl.gastouderbureau.complaints.events.SubmissionReceived;
import nl.gastouderbureau.complaints.events.Topics;
import nl.gastouderbureau.complaints.support.config.Deadlines;
import nl.gastouderbureau.complaints.support.kafka.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Opens a case for every idea, tip or remark intake publishes. Kafka delivers at least once, so
 * the same submission may arrive again; the event store then refuses the second opening and the
 * record is acknowledged as already handled.
 */
@Component
public class SubmissionListener {

    private static final Logger log = LoggerFactory.getLogger(SubmissionListener.class);

    private final CommandGateway commands;
    private final Deadlines deadlines;
    private final MeterRegistry meters;

    public SubmissionListener(CommandGateway commands, Deadlines deadlines, MeterRegistry meters) {
        this.commands = commands;
        this.deadlines = deadlines;
        this.meters = meters;
    }

    @KafkaListener(topics = Topics.SUBMISSIONS, groupId = "case-service")
    public void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent received = ReceivedEvent.from(record);
        if (!(received.payload() instanceof SubmissionReceived submission) || !submission.kind().isFeedback()) {
            log.debug("Skipping {} {}: not feedback this service handles yet", received.type(), received.eventId());
            return;
        }
        // Axon copies the trace id from the command onto every event the case applies.
        String correlationId = received.correlationId() != null ? received.correlationId() : received.eventId();
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(openCase(submission))
                    .andMetaData(Map.of(MessageOriginProvider.getDefaultTraceKey(), correlationId)));
            meters.counter("complaints.cases.opened", "kind", submission.kind().name()).increment();
        } catch (AggregateStreamCreationException alreadyOpened) {
            log.info("Case {} was already opened; submission {} was delivered again",
                    submission.submissionId(), received.eventId());
        }
    }

    private OpenFeedbackCaseCommand openCase(SubmissionReceived submission) {
        return new OpenFeedbackCaseCommand(new CaseId(submission.submissionId()), submission.reference(),
                submission.kind(), submission.channel(), submission.submitterRole(), submission.category(),
                submission.language(), submission.message(), submission.contact(),
                submission.wantsPersonalContact(), submission.receivedAt(), deadlines.feedbackResponse());
    }
}
