package nl.gastouderbureau.complaints.intake.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;

/** A formal complaint, only from a logged-in client (DESIGN C2); the account goes on the event. */
@RestController
public class ComplaintController {

    static final String PATH = "/api/v1/complaints";

    private final IntakeApi intake;

    public ComplaintController(IntakeApi intake) {
        this.intake = intake;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    public AcceptedResponse file(@RequestBody ComplaintRequest request, Principal client,
                                 @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
                                 @RequestHeader(name = "X-Correlation-Id", required = false) String correlationId) {
        return AcceptedResponse.of(intake.complaint(request, client, idempotencyKey, correlationId));
    }
}
