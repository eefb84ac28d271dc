package nl.gastouderbureau.complaints.intake.pages;

import jakarta.servlet.http.HttpServletResponse;
import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.intake.config.PageSettings;
import nl.gastouderbureau.complaints.intake.submission.Accepted;
import nl.gastouderbureau.complaints.intake.web.IntakeApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

/**
 * Staff record what reached them by phone, mail or in a meeting (only {@code STAFF} gets here),
 * an informal complaint (C1) among it. The form takes the API's path ({@code POST
 * /api/v1/staff/submissions}), so what it accepts and refuses is exactly the same; the answer
 * leads to the new case in case-service's staff pages.
 */
@Controller
@RequestMapping("/staff/submissions/new")
class StaffSubmissionPages {

    private static final List<SubmissionKind> KINDS =
            List.of(SubmissionKind.INFORMAL_COMPLAINT, SubmissionKind.IDEA, SubmissionKind.TIP, SubmissionKind.REMARK);
    private static final List<Channel> CHANNELS = List.of(Channel.PHONE, Channel.EMAIL, Channel.MEETING);

    private final IntakeApi api;
    private final FormSubmission forms;
    private final PageSettings pages;

    StaffSubmissionPages(IntakeApi api, FormSubmission forms, PageSettings pages) {
        this.api = api;
        this.forms = forms;
        this.pages = pages;
    }

    @GetMapping
    String form(Model model) {
        return form(model, StaffSubmissionForm.empty(), PageErrors.none());
    }

    @PostMapping
    String record(@ModelAttribute StaffSubmissionForm form, Principal staff, HttpServletResponse response,
                  Locale locale, Model model) {
        return forms.send(() -> api.staffSubmission(form.toRequest(), staff, form.submissionKey()),
                accepted -> received(model, accepted, locale),
                errors -> form(model, errors.keyReused() ? form.withNewKey() : form, errors.errors()),
                response, locale, "error.staff.");
    }

    private String form(Model model, StaffSubmissionForm form, PageErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("channels", CHANNELS);
        model.addAttribute("roles", SubmitterRole.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("languages", Language.values());
        return "staff/submission";
    }

    private String received(Model model, Accepted accepted, Locale locale) {
        model.addAttribute("kind", accepted.kind());
        model.addAttribute("reference", accepted.reference());
        model.addAttribute("answerBy", SubmissionPages.answerBy(accepted, locale));
        model.addAttribute("caseUrl", pages.staffCase(accepted.submissionId()));
        return "staff/received";
    }
}
