package nl.gastouderbureau.complaints.intake.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.intake.submission.Accepted;
import nl.gastouderbureau.complaints.intake.web.IntakeApi;
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

/**
 * The feedback form (anyone) and the complaint form (a logged-in client), server-rendered, Dutch
 * unless the visitor chose English. They take the same path as the API: the same validation, the
 * same rate limit for feedback, the same idempotent acceptance.
 */
@Controller
class SubmissionPages {

    private static final ZoneId AGENCY_ZONE = ZoneId.of("Europe/Amsterdam");

    private final IntakeApi api;
    private final FormSubmission forms;

    SubmissionPages(IntakeApi api, FormSubmission forms) {
        this.api = api;
        this.forms = forms;
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
        return forms.send(() -> api.feedback(form.toRequest(language(locale)), request.getRemoteAddr(), form.submissionKey(),
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
        return forms.send(() -> api.complaint(form.toRequest(language(locale)), client, form.submissionKey()),
                accepted -> received(model, accepted, "complaint", locale),
                errors -> complaint(model, errors.keyReused() ? form.withNewKey() : form, errors.errors()),
                response, locale);
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
        model.addAttribute("answerBy", answerBy(accepted, locale));
        return "received";
    }

    /** The day the answer is due, as the visitor reads dates; null for an informal complaint. */
    static String answerBy(Accepted accepted, Locale locale) {
        return accepted.dueBy() == null ? null : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale).format(accepted.dueBy().atZone(AGENCY_ZONE));
    }

    static String language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "nl";
    }

}
