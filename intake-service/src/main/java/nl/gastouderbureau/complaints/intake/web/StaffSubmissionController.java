package nl.gastouderbureau.complaints.intake.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;

/** Staff record what reached them by phone, mail or in a meeting, on the submitter's behalf. */
@RestController
public class StaffSubmissionController {

    static final String PATH = "/api/v1/staff/submissions";

    private final IntakeApi intake;

    public StaffSubmissionController(IntakeApi intake) {
        this.intake = intake;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    public AcceptedResponse record(@RequestBody StaffSubmissionRequest request, Principal staff,
                                   @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
                                   @RequestHeader(name = "X-Correlation-Id", required = false) String correlationId) {
        return AcceptedResponse.of(intake.staffSubmission(request, staff, idempotencyKey, correlationId));
    }
}
