package nl.gastouderbureau.complaints.cases.pages;

import jakarta.servlet.http.HttpServletResponse;
import nl.gastouderbureau.complaints.cases.pages.CaseListPage.Filters;
import nl.gastouderbureau.complaints.cases.pages.PageCommands.Form;
import nl.gastouderbureau.complaints.cases.pages.StaffForms.CategoryForm;
import nl.gastouderbureau.complaints.cases.pages.StaffForms.CompletionForm;
import nl.gastouderbureau.complaints.cases.pages.StaffForms.ContactForm;
import nl.gastouderbureau.complaints.cases.pages.StaffForms.ConversationForm;
import nl.gastouderbureau.complaints.cases.pages.StaffForms.DecisionForm;
import nl.gastouderbureau.complaints.cases.pages.StaffForms.ExtensionForm;
import nl.gastouderbureau.complaints.cases.pages.StaffForms.FeedbackResponseForm;
import nl.gastouderbureau.complaints.cases.pages.StaffForms.HandlerForm;
import nl.gastouderbureau.complaints.cases.pages.StaffForms.RulingForm;
import nl.gastouderbureau.complaints.cases.query.CaseDossiers;
import nl.gastouderbureau.complaints.cases.query.CaseQuery;
import nl.gastouderbureau.complaints.cases.query.CaseStatus;
import nl.gastouderbureau.complaints.cases.query.CaseView;
import nl.gastouderbureau.complaints.cases.query.CaseViews;
import nl.gastouderbureau.complaints.cases.web.CaseCommands;
import nl.gastouderbureau.complaints.cases.web.CaseRequests.Origin;
import nl.gastouderbureau.complaints.cases.web.DossierPage;
import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.ContactMethod;
import nl.gastouderbureau.complaints.events.ConversationOutcome;
import nl.gastouderbureau.complaints.events.FeedbackOutcome;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.Verdict;
import nl.gastouderbureau.complaints.support.config.Deadlines;
import nl.gastouderbureau.complaints.support.web.InvalidRequestException;
import nl.gastouderbureau.complaints.support.web.NotFoundException;
import nl.gastouderbureau.complaints.support.web.RequestValidator;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The staff workspace (only {@code STAFF} gets here): the work list with the case API's filters, a
 * case page with its clocks, timeline and a form per command, and the dossier. Each form posts to
 * its own path and is sent along the API's path; success redirects to the case page (so a reload
 * sends nothing twice), anything else shows the case as it is now with the reason beside the form.
 */
@Controller
@RequestMapping("/staff/cases")
class StaffPages {

    private static final int PAGE_SIZE = 20;

    private final CaseViews views;
    private final CaseDossiers dossiers;
    private final CaseCommands commands;
    private final PageCommands pageCommands;
    private final Deadlines deadlines;
    private final Clock clock;
    private final MessageSource messages;

    StaffPages(CaseViews views, CaseDossiers dossiers, CaseCommands commands, PageCommands pageCommands,
               Deadlines deadlines, Clock clock, MessageSource messages) {
        this.views = views;
        this.dossiers = dossiers;
        this.commands = commands;
        this.pageCommands = pageCommands;
        this.deadlines = deadlines;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String category, @RequestParam(required = false) String overdue,
                @RequestParam(required = false) String contactRequested,
                @RequestParam(required = false) String handler, @RequestParam(required = false) String text,
                @RequestParam(required = false) String page, Locale locale, Model model, HttpServletResponse response) {
        Filters filters = new Filters(given(status), given(kind), given(category), given(overdue), given(contactRequested),
                given(handler), given(text));
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("kinds", SubmissionKind.values());
        model.addAttribute("categories", Category.values());
        try {
            CaseQuery query = query(filters, page);
            model.addAttribute("list", CaseListPage.of(filters, views.search(query), query.page(), PAGE_SIZE,
                    clock.instant(), deadlines.reminderBefore()));
        } catch (InvalidRequestException e) {
            Map<String, String> fields = new LinkedHashMap<>();
            e.problems().forEach(p -> fields.putIfAbsent("filter-" + p.field(),
                    messages.getMessage("error.filter." + p.field(), null, locale)));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("list", CaseListPage.refused(filters, new FormErrors("filter", fields, null, false)));
        }
        return "staff/cases";
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Model model) {
        return casePage(find(id), model, FormErrors.none(), Map.of());
    }

    /** The printable dossier of the API, here within the staff member's page session. */
    @GetMapping(value = "/{id}/dossier", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String dossier(@PathVariable String id) {
        return DossierPage.render(dossiers.of(id).orElseThrow(() -> new NotFoundException("No case " + id)));
    }

    @PostMapping("/{id}/feedback-response")
    String feedbackResponse(@PathVariable String id, @ModelAttribute FeedbackResponseForm form, Authentication who,
                            Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return send(new Post(id, who, locale, model, response, redirect), Form.of("feedback-response"), form,
                form.version(), o -> form.request().command(o), null);
    }

    @PostMapping("/{id}/conversation")
    String conversation(@PathVariable String id, @ModelAttribute ConversationForm form, Authentication who,
                        Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return send(new Post(id, who, locale, model, response, redirect), Form.of("conversation"), form,
                form.version(), o -> form.request().command(o), null);
    }

    @PostMapping("/{id}/handler")
    String handler(@PathVariable String id, @ModelAttribute HandlerForm form, Authentication who,
                   Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return send(new Post(id, who, locale, model, response, redirect), Form.of("handler"), form,
                form.version(), o -> form.request().command(o), null);
    }

    @PostMapping("/{id}/decision")
    String decision(@PathVariable String id, @ModelAttribute DecisionForm form, Authentication who,
                    Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return send(new Post(id, who, locale, model, response, redirect), Form.of("decision"), form,
                form.version(), o -> form.request().command(o), form::input);
    }

    @PostMapping("/{id}/corrective-actions/{actionId}/completion")
    String completion(@PathVariable String id, @PathVariable String actionId, @ModelAttribute CompletionForm form,
                      Authentication who, Locale locale, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        return send(new Post(id, who, locale, model, response, redirect),
                new Form("completion", StaffForms.completion(actionId)), form,
                form.version(), o -> form.request().command(o, actionId), null);
    }

    @PostMapping("/{id}/extension")
    String extension(@PathVariable String id, @ModelAttribute ExtensionForm form, Authentication who,
                     Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return send(new Post(id, who, locale, model, response, redirect), Form.of("extension"), form,
                form.version(), o -> form.request().command(o), null);
    }

    @PostMapping("/{id}/category")
    String category(@PathVariable String id, @ModelAttribute CategoryForm form, Authentication who,
                    Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return send(new Post(id, who, locale, model, response, redirect), Form.of("category"), form,
                form.version(), o -> form.request().command(o), null);
    }

    /** F6: the call or meeting staff had with the submitter; it completes an open contact request. */
    @PostMapping("/{id}/contact")
    String contact(@PathVariable String id, @ModelAttribute ContactForm form, Authentication who,
                   Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return send(new Post(id, who, locale, model, response, redirect), Form.of("contact"), form,
                form.version(), o -> form.request().command(o, commands.today()), null);
    }

    @PostMapping("/{id}/disputes-committee-ruling")
    String ruling(@PathVariable String id, @ModelAttribute RulingForm form, Authentication who,
                  Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return send(new Post(id, who, locale, model, response, redirect), Form.of("disputes-committee-ruling"), form,
                form.version(), o -> form.request().command(o), null);
    }

    /** One form's post: which case, who sent it, in which language, and where the answer goes. */
    private record Post(String caseId, Authentication who, Locale locale, Model model, HttpServletResponse response,
                        RedirectAttributes redirect) {
    }

    /**
     * Sends the form's command. Done: back to the case page with a word of confirmation. Refused: the
     * case page as it is now, the posted form kept, the reason beside it.
     *
     * @param inputOf the input of a field the request named, when not simply {@code <form>-<field>}
     */
    private String send(Post post, Form form, Object posted, String version, Function<Origin, Object> command,
                        UnaryOperator<String> inputOf) {
        find(post.caseId());
        Optional<FormErrors> errors = pageCommands.send(form, post.caseId(), version, post.who(), post.locale(), command,
                inputOf == null ? form::input : inputOf);
        if (errors.isEmpty()) {
            post.redirect().addFlashAttribute("done", form.kind());
            return "redirect:" + casePath(post.caseId());
        }
        post.response().setStatus(errors.get().status());
        return casePage(find(post.caseId()), post.model(), errors.get(), Map.of(form.id(), posted));
    }

    private String casePage(CaseView view, Model model, FormErrors errors, Map<String, Object> posted) {
        Map<String, Object> forms = StaffForms.blank(view, commands.today());
        forms.putAll(posted);
        model.addAttribute("page", StaffCasePage.of(view, clock.instant(), deadlines.reminderBefore(), forms, errors));
        model.addAttribute("view", view);
        model.addAttribute("errors", errors);
        model.addAttribute("feedbackOutcomes", FeedbackOutcome.values());
        model.addAttribute("conversationOutcomes", ConversationOutcome.values());
        model.addAttribute("verdicts", Verdict.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("contactMethods", ContactMethod.values());
        return "staff/case";
    }

    private CaseView find(String id) {
        return views.find(id).orElseThrow(() -> new NotFoundException("No case " + id));
    }

    /** The same checks as the API's list, so a filter means the same in both. */
    private static CaseQuery query(Filters f, String page) {
        RequestValidator v = new RequestValidator();
        CaseQuery query = new CaseQuery(
                v.optional("status", f.status(), CaseStatus.class),
                v.optional("kind", f.kind(), SubmissionKind.class),
                v.optional("category", f.category(), Category.class),
                flag(v, "overdue", f.overdue()),
                flag(v, "contactRequested", f.contactRequested()),
                v.optionalText("handler", f.handler(), 100),
                v.optionalText("text", f.text(), 200),
                pageNumber(v, page),
                PAGE_SIZE);
        v.throwIfInvalid();
        return query;
    }

    private static Boolean flag(RequestValidator v, String field, String value) {
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            v.reject(field, "must be true or false");
            return null;
        }
        return Boolean.valueOf(value);
    }

    private static int pageNumber(RequestValidator v, String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            int page = Integer.parseInt(value.strip());
            if (page >= 0 && page <= Integer.MAX_VALUE / PAGE_SIZE) {
                return page;
            }
        } catch (NumberFormatException notANumber) {
            // Answered below, like a number out of range.
        }
        v.reject("page", "must be a whole number from 0");
        return 0;
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String casePath(String caseId) {
        return UriComponentsBuilder.fromPath("/staff/cases/{id}").buildAndExpand(caseId).encode().toUriString();
    }
}
