package nl.gastouderbureau.complaints.intake.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.intake.submission.Accepted;

import java.time.Instant;

/**
 * {@code 202 {submissionId, reference, respondBy | handleBy}} (DESIGN §5): {@code respondBy} for
 * feedback, {@code handleBy} for a formal complaint, neither for an informal complaint.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AcceptedResponse(String submissionId, String reference, Instant respondBy, Instant handleBy) {

    static AcceptedResponse of(Accepted accepted) {
        boolean feedback = accepted.kind().isFeedback();
        return new AcceptedResponse(accepted.submissionId(), accepted.reference(),
                feedback ? accepted.dueBy() : null,
                accepted.kind() == SubmissionKind.COMPLAINT ? accepted.dueBy() : null);
    }
}
