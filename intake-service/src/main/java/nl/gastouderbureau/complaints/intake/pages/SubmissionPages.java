package nl.gastouderbureau.complaints.intake.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.intake.submission.Accepted;
import nl.gastouderbureau.complaints.intake.web.IntakeApi;
import nl.gastouderbureau.complaints.support.kafka.EventPublisher;
import nl.gastouderbureau.complaints.support.web.IdempotencyKeyReusedException;
import nl.gastouderbureau.complaints.support.web.InvalidRequestException;
import nl.gastouderbureau.complaints.support.web.TooManyRequestsException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.security.Principal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The feedback form (anyone) and the complaint form (a logged-in client), server-rendered, Dutch
 * unless the visitor chose English. They take the same path as the API: the same validation, the
 * same rate limit for feedback, the same idempotent acceptance.
 */
@Controller
class SubmissionPages {

    private static final ZoneId AGENCY_ZONE = ZoneId.of("Europe/Amsterdam");

    private final IntakeApi api;
    private final MessageSource messages;

    SubmissionPages(IntakeApi api, MessageSource messages) {
        this.api = api;
        this.messages = messages;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/feedback";
    }

    @GetMapping("/feedback")
    String feedbackForm(Model model) {
        return feedback(model, FeedbackForm.empty(), PageErrors.none());
    }

    @PostMapping("/feedback")
    String sendFeedback(@ModelAttribute FeedbackForm form, HttpServletRequest request, HttpServletResponse response,
                        Locale locale, Model model) {
        return submit(() -> api.feedback(form.toRequest(language(locale)), request.getRemoteAddr(), form.submissionKey(),
                        request.getUserPrincipal()),
                accepted -> received(model, accepted, "feedback", locale),
                errors -> feedback(model, errors.keyReused() ? form.withNewKey() : form, errors.errors()),
                response, locale);
    }

    @GetMapping("/complaint")
    String complaintForm(@RequestParam(name = "informalCaseId", required = false) String informalCaseId, Model model) {
        return complaint(model, ComplaintForm.empty(informalCaseId), PageErrors.none());
    }

    @PostMapping("/complaint")
    String fileComplaint(@ModelAttribute ComplaintForm form, Principal client, HttpServletResponse response,
                         Locale locale, Model model) {
        return submit(() -> api.complaint(form.toRequest(language(locale)), client, form.submissionKey()),
                accepted -> received(model, accepted, "complaint", locale),
                errors -> complaint(model, errors.keyReused() ? form.withNewKey() : form, errors.errors()),
                response, locale);
    }

    private String submit(Supplier<Accepted> accept, Function<Accepted, String> success,
                          Function<Failure, String> failure, HttpServletResponse response, Locale locale) {
        try {
            return success.apply(accept.get());
        } catch (InvalidRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return failure.apply(new Failure(PageErrors.of(e.problems(), messages, locale), false));
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

    private String feedback(Model model, FeedbackForm form, PageErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", SubmitterRole.values());
        model.addAttribute("categories", Category.values());
        return "feedback";
    }

    private String complaint(Model model, ComplaintForm form, PageErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "complaint";
    }

    private String received(Model model, Accepted accepted, String what, Locale locale) {
        model.addAttribute("what", what);
        model.addAttribute("reference", accepted.reference());
        model.addAttribute("answerBy", accepted.dueBy() == null ? null : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale).format(accepted.dueBy().atZone(AGENCY_ZONE)));
        return "received";
    }

    private static String language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "nl";
    }

    private record Failure(PageErrors errors, boolean keyReused) {
    }
}
