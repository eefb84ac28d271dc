package nl.gastouderbureau.complaints.intake.web;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/** {@code 202 {submissionId, reference, respondBy | handleBy}} (DESIGN §5). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AcceptedResponse(String submissionId, String reference, Instant respondBy, Instant handleBy) {
}
