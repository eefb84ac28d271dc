package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.Channel;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * F7: a reply the submitter mailed about their case joins its timeline.
 *
 * @param replyId stable per incoming mail, so a redelivered reply is recognised
 */
public record AddSubmitterMessageCommand(
        @TargetAggregateIdentifier CaseId caseId,
        String replyId,
        Channel channel,
        String subject,
        String message,
        int attachmentCount,
        Instant receivedAt) {
}
