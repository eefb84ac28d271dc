package nl.gastouderbureau.complaints.events;

import nl.gastouderbureau.complaints.events.privacy.PersonalData;

import java.time.Instant;

/**
 * F7: a mail from a submitter that quotes the reference of their own case, so it joins that case
 * instead of opening a new one. Published by intake on {@link Topics#SUBMISSIONS}, keyed by
 * {@code caseId} so it stays in order with the submission that opened the case.
 *
 * @param replyId         stable per incoming mail (derived from its Message-ID), so a redelivery is recognised
 * @param attachmentCount attachments the mail had; they are not stored
 */
public record SubmitterReplyReceived(
        String replyId,
        String caseId,
        String reference,
        Channel channel,
        @PersonalData String subject,
        @PersonalData String message,
        int attachmentCount,
        Instant receivedAt) {
}
