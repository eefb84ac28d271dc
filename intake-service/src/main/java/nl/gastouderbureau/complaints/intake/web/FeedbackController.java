package nl.gastouderbureau.complaints.intake.web;

import nl.gastouderbureau.complaints.intake.submission.Accepted;
import nl.gastouderbureau.complaints.intake.submission.Submissions;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Ideas, tips and remarks from anyone involved; no login needed. */
@RestController
public class FeedbackController {

    private final Submissions submissions;

    public FeedbackController(Submissions submissions) {
        this.submissions = submissions;
    }

    @PostMapping(path = "/api/v1/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    public AcceptedResponse submit(@RequestBody FeedbackRequest request,
                                   @RequestHeader(name = "X-Correlation-Id", required = false) String correlationId) {
        Accepted accepted = submissions.accept(request.validated(), correlationId);
        return new AcceptedResponse(accepted.submissionId(), accepted.reference(), accepted.dueBy(), null);
    }
}
