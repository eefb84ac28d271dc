package nl.gastouderbureau.complaints.cases.pages;

import jakarta.servlet.http.HttpServletResponse;
import nl.gastouderbureau.complaints.cases.pages.ClientForms.ReferralForm;
import nl.gastouderbureau.complaints.cases.pages.ClientForms.SatisfactionForm;
import nl.gastouderbureau.complaints.cases.pages.PageCommands.Form;
import nl.gastouderbureau.complaints.cases.query.CaseView;
import nl.gastouderbureau.complaints.cases.query.CaseViews;
import nl.gastouderbureau.complaints.cases.web.CaseCommands;
import nl.gastouderbureau.complaints.cases.web.CaseRequests.Origin;
import nl.gastouderbureau.complaints.cases.web.ClientCaseView;
import nl.gastouderbureau.complaints.support.config.Deadlines;
import nl.gastouderbureau.complaints.support.web.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A client's own cases (only {@code CLIENT} gets here): the list, a case in plain words with the
 * decision, and their answers: satisfied or not, and the referral to De Geschillencommissie.
 * Someone else's case is a 404 page, exactly like a case that does not exist, as in the API.
 */
@Controller
@RequestMapping("/my/cases")
class ClientPages {

    private final CaseViews views;
    private final CaseCommands commands;
    private final PageCommands pageCommands;
    private final Deadlines deadlines;
    private final Clock clock;

    ClientPages(CaseViews views, CaseCommands commands, PageCommands pageCommands, Deadlines deadlines, Clock clock) {
        this.views = views;
        this.commands = commands;
        this.pageCommands = pageCommands;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @GetMapping
    String list(Authentication client, Model model) {
        List<ClientCasePage> cases = views.ofClient(client.getName()).stream()
                .map(view -> ClientCasePage.of(ClientCaseView.of(view), clock.instant(), deadlines.reminderBefore(),
                        Map.of(), FormErrors.none()))
                .toList();
        model.addAttribute("cases", cases);
        return "my/cases";
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Authentication client, Model model) {
        return casePage(own(id, client), model, FormErrors.none(), Map.of());
    }

    /** C7. */
    @PostMapping("/{id}/satisfaction")
    String satisfaction(@PathVariable String id, @ModelAttribute SatisfactionForm form, Authentication client,
                        Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return send(id, Form.of("satisfaction"), form, form.version(), o -> form.request().command(o),
                client, locale, model, response, redirect);
    }

    /** C8. */
    @PostMapping("/{id}/referral")
    String referral(@PathVariable String id, @ModelAttribute ReferralForm form, Authentication client,
                    Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return send(id, Form.of("referral"), form, form.version(), o -> form.request().command(o, commands.today()),
                client, locale, model, response, redirect);
    }

    private String send(String id, Form form, Object posted, String version, Function<Origin, Object> command,
                        Authentication client, Locale locale, Model model, HttpServletResponse response,
                        RedirectAttributes redirect) {
        own(id, client);
        Optional<FormErrors> errors = pageCommands.send(form, id, version, client, locale, command, form::input);
        if (errors.isEmpty()) {
            redirect.addFlashAttribute("done", form.kind());
            return "redirect:" + UriComponentsBuilder.fromPath("/my/cases/{id}").buildAndExpand(id).encode().toUriString();
        }
        response.setStatus(errors.get().status());
        return casePage(own(id, client), model, errors.get(), Map.of(form.id(), posted));
    }

    private String casePage(CaseView view, Model model, FormErrors errors, Map<String, Object> posted) {
        Map<String, Object> forms = ClientForms.blank();
        forms.putAll(posted);
        model.addAttribute("page", ClientCasePage.of(ClientCaseView.of(view), clock.instant(), deadlines.reminderBefore(),
                forms, errors));
        model.addAttribute("errors", errors);
        return "my/case";
    }

    private CaseView own(String id, Authentication client) {
        return views.find(id)
                .filter(view -> client.getName().equals(view.clientAccount()))
                .orElseThrow(() -> new NotFoundException("You have no case " + id));
    }
}
