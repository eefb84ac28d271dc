package nl.gastouderbureau.complaints.intake.web;

import nl.gastouderbureau.complaints.intake.submission.Accepted;
import nl.gastouderbureau.complaints.intake.submission.Submissions;
import org.springframework.stereotype.Component;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The ways in, whether a request came as JSON or from a form: limit, validate, then accept once
 * per idempotency key. The controllers and the pages differ only in how they answer.
 */
@Component
public class IntakeApi {

    static final ZoneId AGENCY_ZONE = ZoneId.of("Europe/Amsterdam");

    private final Submissions submissions;
    private final IdempotencyKeys keys;
    private final FeedbackRateLimit rateLimit;
    private final Clock clock;

    IntakeApi(Submissions submissions, IdempotencyKeys keys, FeedbackRateLimit rateLimit, Clock clock) {
        this.submissions = submissions;
        this.keys = keys;
        this.rateLimit = rateLimit;
        this.clock = clock;
    }

    /** Anonymous feedback, counted against the sender's address before anything else. */
    public Accepted feedback(FeedbackRequest request, String address, String idempotencyKey, Principal caller) {
        return feedback(request, address, idempotencyKey, caller, null);
    }

    Accepted feedback(FeedbackRequest request, String address, String idempotencyKey, Principal caller,
                      String correlationId) {
        rateLimit.take(address);
        return submissions.accept(request.validated(),
                keys.of(idempotencyKey, caller, FeedbackController.PATH, request), correlationId);
    }

    /** A formal complaint from the logged-in client. */
    public Accepted complaint(ComplaintRequest request, Principal client, String idempotencyKey) {
        return complaint(request, client, idempotencyKey, null);
    }

    Accepted complaint(ComplaintRequest request, Principal client, String idempotencyKey, String correlationId) {
        LocalDate today = LocalDate.now(clock.withZone(AGENCY_ZONE));
        return submissions.accept(request.validated(client.getName(), today),
                keys.of(idempotencyKey, client, ComplaintController.PATH, request), correlationId);
    }

    /** What reached staff by phone, mail or in a meeting, recorded on the submitter's behalf. */
    public Accepted staffSubmission(StaffSubmissionRequest request, Principal staff, String idempotencyKey) {
        return staffSubmission(request, staff, idempotencyKey, null);
    }

    Accepted staffSubmission(StaffSubmissionRequest request, Principal staff, String idempotencyKey,
                             String correlationId) {
        return submissions.accept(request.validated(),
                keys.of(idempotencyKey, staff, StaffSubmissionController.PATH, request), correlationId);
    }
}
