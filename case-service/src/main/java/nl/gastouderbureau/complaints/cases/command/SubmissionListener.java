package nl.gastouderbureau.complaints.cases.command;

import io.micrometer.core.instrument.MeterRegistry;
import nl.gastouderbureau.complaints.events.Actor;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmissionReceived;
import nl.gastouderbureau.complaints.events.SubmissionReceived.ComplaintDetails;
import nl.gastouderbureau.complaints.events.SubmitterReplyReceived;
import nl.gastouderbureau.complaints.events.Topics;
import nl.gastouderbureau.complaints.support.config.Deadlines;
import nl.gastouderbureau.complaints.support.kafka.PolledCases;
import nl.gastouderbureau.complaints.support.kafka.ReceivedEvent;
import nl.gastouderbureau.complaints.support.privacy.MongoSubjectKeys;
import nl.gastouderbureau.complaints.support.web.RuleViolationException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Opens a case for every submission intake publishes: feedback (F1), an informal complaint (C1)
 * or a formal complaint (C2), which also closes the informal case it continues. Kafka delivers at
 * least once, so the same submission may arrive again; the event store then refuses the second
 * opening and the record is acknowledged as already handled.
 * <p>
 * A submitter's reply by mail (F7) joins the timeline of the case it quotes; the case ignores a
 * reply it already has, so a redelivery adds nothing. A reply for a case this service does not
 * know is logged and acknowledged: retrying would not make the case appear.
 */
@Component
public class SubmissionListener {

    private static final Logger log = LoggerFactory.getLogger(SubmissionListener.class);
    /** SubmissionReceived does not say which employee recorded an informal complaint, only that staff did. */
    static final Actor STAFF_AT_INTAKE = new Actor("intake", Actor.STAFF);

    private final CommandGateway commands;
    private final Deadlines deadlines;
    private final MeterRegistry meters;
    private final MongoSubjectKeys keys;

    public SubmissionListener(CommandGateway commands, Deadlines deadlines, MeterRegistry meters, MongoSubjectKeys keys) {
        this.commands = commands;
        this.deadlines = deadlines;
        this.meters = meters;
        this.keys = keys;
    }

    /**
     * A poll's records, each handled on its own, after the keys of their cases were read in one
     * query instead of one per submission. A record that fails is reported by its position: the
     * error handler commits the ones before it, retries it, and parks it if it keeps failing.
     */
    @KafkaListener(topics = Topics.SUBMISSIONS, groupId = "case-service", batch = "true")
    public void on(List<ConsumerRecord<String, byte[]>> records) {
        PolledCases.prefetchKeys(keys, records);
        for (int i = 0; i < records.size(); i++) {
            try {
                on(records.get(i));
            } catch (RuntimeException e) {
                throw new BatchListenerFailedException("Submission record failed", e, i);
            }
        }
    }

    void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent received = ReceivedEvent.from(record);
        // Axon copies the trace id from the command onto every event the case applies.
        MetaData trace = MetaData.with(MessageOriginProvider.getDefaultTraceKey(),
                received.correlationId() != null ? received.correlationId() : received.eventId());
        if (received.payload() instanceof SubmissionReceived submission) {
            onSubmission(submission, trace, received.eventId());
        } else if (received.payload() instanceof SubmitterReplyReceived reply) {
            onReply(reply, trace);
        } else {
            log.debug("Skipping {} {}: neither a submission nor a reply", received.type(), received.eventId());
        }
    }

    private void onSubmission(SubmissionReceived submission, MetaData trace, String eventId) {
        if (submission.kind() == SubmissionKind.COMPLAINT && isBlank(submission.clientAccount())) {
            log.warn("Submission {} is a formal complaint without a client account; no case is opened", submission.submissionId());
            return;
        }
        open(submission, trace, eventId);
        if (submission.kind() == SubmissionKind.COMPLAINT && !isBlank(submission.linkedCaseId())) {
            closeContinuedInformalCase(submission, trace);
        }
    }

    private void onReply(SubmitterReplyReceived reply, MetaData trace) {
        AddSubmitterMessageCommand add = new AddSubmitterMessageCommand(new CaseId(reply.caseId()), reply.replyId(),
                reply.channel(), reply.subject(), reply.message(), reply.attachmentCount(), reply.receivedAt());
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(add).andMetaData(trace));
        } catch (AggregateNotFoundException unknownCase) {
            log.warn("Reply {} quotes case {}, which does not exist here; it is not added", reply.replyId(), reply.caseId());
        }
    }

    private void open(SubmissionReceived submission, MetaData trace, String eventId) {
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(openingCommand(submission)).andMetaData(trace));
            meters.counter("complaints.cases.opened", "kind", submission.kind().name()).increment();
        } catch (AggregateStreamCreationException alreadyOpened) {
            log.info("Case {} was already opened; submission {} was delivered again", submission.submissionId(), eventId);
        }
    }

    private Object openingCommand(SubmissionReceived submission) {
        CaseId caseId = new CaseId(submission.submissionId());
        return switch (submission.kind()) {
            case IDEA, TIP, REMARK -> new OpenFeedbackCaseCommand(caseId, submission.reference(), submission.kind(),
                    submission.channel(), submission.submitterRole(), submission.category(), submission.language(),
                    submission.message(), submission.contact(), submission.wantsPersonalContact(),
                    submission.receivedAt(), deadlines.feedbackResponse(), submission.attachmentCount());
            case INFORMAL_COMPLAINT -> new RegisterInformalComplaintCommand(caseId, submission.reference(),
                    submission.channel(), submission.submitterRole(), submission.category(), submission.language(),
                    submission.message(), submission.contact(), submission.clientAccount(), submission.receivedAt(),
                    STAFF_AT_INTAKE);
            case COMPLAINT -> {
                ComplaintDetails details = submission.complaint() != null
                        ? submission.complaint() : new ComplaintDetails(null, null, null);
                yield new FileComplaintCommand(caseId, submission.reference(), submission.clientAccount(),
                        submission.subject(), submission.message(), details.involvedEmployee(), details.occurredOn(),
                        details.desiredOutcome(), submission.category(), submission.language(), submission.contact(),
                        submission.linkedCaseId(), submission.receivedAt(),
                        submission.receivedAt().plus(deadlines.complaintHandling()),
                        submission.receivedAt().plus(deadlines.legalLimit()));
            }
        };
    }

    /**
     * Also on a redelivery: the first delivery may have filed the complaint and stopped before
     * closing the informal case. A case that is closed already, or is not informal, stays as it is.
     */
    private void closeContinuedInformalCase(SubmissionReceived submission, MetaData trace) {
        CloseAsContinuedCommand close = new CloseAsContinuedCommand(new CaseId(submission.linkedCaseId()),
                submission.submissionId(), new Actor(submission.clientAccount(), Actor.CLIENT), submission.receivedAt());
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(close).andMetaData(trace));
        } catch (RuleViolationException | AggregateNotFoundException notClosed) {
            log.info("Informal case {} linked from complaint {} was not closed: {}",
                    submission.linkedCaseId(), submission.submissionId(), notClosed.getMessage());
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
