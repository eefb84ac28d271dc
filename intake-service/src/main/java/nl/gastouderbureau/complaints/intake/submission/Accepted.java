package nl.gastouderbureau.complaints.intake.submission;

import nl.gastouderbureau.complaints.events.SubmissionKind;

import java.time.Instant;

/**
 * @param dueBy {@code respondBy} for feedback, {@code handleBy} for a formal complaint, and null for
 *              an informal complaint, whose informal phase has no deadline (DESIGN C1)
 */
public record Accepted(String submissionId, String reference, SubmissionKind kind, Instant dueBy) {
}
