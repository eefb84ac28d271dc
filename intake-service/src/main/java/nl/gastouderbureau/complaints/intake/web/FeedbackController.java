package nl.gastouderbureau.complaints.intake.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Ideas, tips and remarks from anyone involved; no login needed, so limited per address. */
@RestController
public class FeedbackController {

    static final String PATH = "/api/v1/feedback";

    private final IntakeApi intake;

    public FeedbackController(IntakeApi intake) {
        this.intake = intake;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    public AcceptedResponse submit(@RequestBody FeedbackRequest request, HttpServletRequest http,
                                   @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
                                   @RequestHeader(name = "X-Correlation-Id", required = false) String correlationId) {
        return AcceptedResponse.of(intake.feedback(request, http.getRemoteAddr(), idempotencyKey,
                http.getUserPrincipal(), correlationId));
    }
}
