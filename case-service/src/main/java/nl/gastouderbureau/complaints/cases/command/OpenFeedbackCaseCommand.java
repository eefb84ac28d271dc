package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.Contact;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Duration;
import java.time.Instant;

/**
 * Opens the case for an idea, tip or remark that intake received.
 *
 * @param responsePeriod  how long the agency takes to respond (a setting, F1), so the aggregate
 *                        computes the deadline without reading a clock
 * @param attachmentCount attachments a mailed-in submission had (F7); they are not stored
 */
public record OpenFeedbackCaseCommand(
        @TargetAggregateIdentifier CaseId caseId,
        String reference,
        SubmissionKind kind,
        Channel channel,
        SubmitterRole submitterRole,
        Category category,
        Language language,
        String message,
        Contact contact,
        boolean wantsPersonalContact,
        Instant receivedAt,
        Duration responsePeriod,
        int attachmentCount) {
}
