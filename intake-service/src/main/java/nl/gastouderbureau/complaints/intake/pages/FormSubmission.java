package nl.gastouderbureau.complaints.intake.pages;

import jakarta.servlet.http.HttpServletResponse;
import nl.gastouderbureau.complaints.intake.submission.Accepted;
import nl.gastouderbureau.complaints.support.kafka.EventPublisher;
import nl.gastouderbureau.complaints.support.web.IdempotencyKeyReusedException;
import nl.gastouderbureau.complaints.support.web.InvalidRequestException;
import nl.gastouderbureau.complaints.support.web.TooManyRequestsException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sends a form down the API's path and answers as a page: the success page, or the form again with
 * each refusal in the visitor's words and the status the API would have given.
 */
@Component
class FormSubmission {

    private final MessageSource messages;

    FormSubmission(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param errorKeys where this form's own field messages start ({@code error.staff.}); a field
     *                  without its own message takes the common {@code error.<field>}
     */
    String send(Supplier<Accepted> accept, Function<Accepted, String> success, Function<Failure, String> failure,
                HttpServletResponse response, Locale locale, String errorKeys) {
        try {
            return success.apply(accept.get());
        } catch (InvalidRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return failure.apply(new Failure(PageErrors.of(e.problems(), messages, locale, errorKeys), false));
        } catch (TooManyRequestsException e) {
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
            return failure.apply(new Failure(PageErrors.general("error.tooMany", messages, locale), false));
        } catch (EventPublisher.PublishFailedException e) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            return failure.apply(new Failure(PageErrors.general("error.unavailable", messages, locale), false));
        } catch (IdempotencyKeyReusedException e) {
            // An earlier attempt with other content was never confirmed: send this one as a new submission.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return failure.apply(new Failure(PageErrors.general("error.sendAgain", messages, locale), true));
        }
    }

    String send(Supplier<Accepted> accept, Function<Accepted, String> success, Function<Failure, String> failure,
                HttpServletResponse response, Locale locale) {
        return send(accept, success, failure, response, locale, "error.");
    }

    /** @param keyReused the form needs a fresh submission key before it is sent again */
    record Failure(PageErrors errors, boolean keyReused) {
    }
}
