package nl.gastouderbureau.complaints.cases.web;

import nl.gastouderbureau.complaints.cases.query.CaseDossiers;
import nl.gastouderbureau.complaints.cases.query.CaseDossiers.CaseDossier;
import nl.gastouderbureau.complaints.cases.query.CasePage;
import nl.gastouderbureau.complaints.cases.query.CaseQuery;
import nl.gastouderbureau.complaints.cases.query.CaseStatus;
import nl.gastouderbureau.complaints.cases.query.CaseView;
import nl.gastouderbureau.complaints.cases.query.CaseViews;
import nl.gastouderbureau.complaints.cases.web.CaseRequests.CategoryRequest;
import nl.gastouderbureau.complaints.cases.web.CaseRequests.CompletionRequest;
import nl.gastouderbureau.complaints.cases.web.CaseRequests.ContactRequest;
import nl.gastouderbureau.complaints.cases.web.CaseRequests.ConversationRequest;
import nl.gastouderbureau.complaints.cases.web.CaseRequests.DecisionRequest;
import nl.gastouderbureau.complaints.cases.web.CaseRequests.ExtensionRequest;
import nl.gastouderbureau.complaints.cases.web.CaseRequests.FeedbackResponseRequest;
import nl.gastouderbureau.complaints.cases.web.CaseRequests.HandlerRequest;
import nl.gastouderbureau.complaints.cases.web.CaseRequests.RulingRequest;
import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.support.web.NotFoundException;
import nl.gastouderbureau.complaints.support.web.RequestValidator;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;

/**
 * The staff API on cases (DESIGN §5); only {@code STAFF} gets here (service-support's security rules).
 * Commands take {@code If-Match} and answer with the case after the change, its version in {@code ETag}.
 */
@RestController
@RequestMapping("/api/v1/cases")
public class CaseController {

    private static final int DEFAULT_PAGE_SIZE = 20;
    private static final int MAX_PAGE_SIZE = 100;
    private static final String IF_MATCH = "If-Match";

    private final CaseViews views;
    private final CaseDossiers dossiers;
    private final CaseCommands commands;

    CaseController(CaseViews views, CaseDossiers dossiers, CaseCommands commands) {
        this.views = views;
        this.dossiers = dossiers;
        this.commands = commands;
    }

    @GetMapping
    public CasePage<CaseView> list(@RequestParam(required = false) String status,
                                   @RequestParam(required = false) String kind,
                                   @RequestParam(required = false) String category,
                                   @RequestParam(required = false) String overdue,
                                   @RequestParam(required = false) String contactRequested,
                                   @RequestParam(required = false) String handler,
                                   @RequestParam(required = false) String text,
                                   @RequestParam(required = false) String page,
                                   @RequestParam(required = false) String size) {
        RequestValidator v = new RequestValidator();
        CaseQuery query = new CaseQuery(
                v.optional("status", status, CaseStatus.class),
                v.optional("kind", kind, SubmissionKind.class),
                v.optional("category", category, Category.class),
                flag(v, "overdue", overdue),
                flag(v, "contactRequested", contactRequested),
                v.optionalText("handler", handler, 100),
                v.optionalText("text", text, 200),
                number(v, "page", page, 0, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE),
                number(v, "size", size, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE));
        v.throwIfInvalid();
        return views.search(query);
    }

    /** The ETag carries the version a later command names in {@code If-Match}. */
    @GetMapping("/{id}")
    public ResponseEntity<CaseView> get(@PathVariable String id) {
        CaseView view = views.find(id).orElseThrow(() -> notFound(id));
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
    }

    /** C8: the dossier for De Geschillencommissie, folded from the event history. */
    @GetMapping(value = "/{id}/dossier", produces = MediaType.APPLICATION_JSON_VALUE)
    public CaseDossier dossier(@PathVariable String id) {
        return dossiers.of(id).orElseThrow(() -> notFound(id));
    }

    /** The same dossier as a page to print (Dutch); every recorded text is escaped. */
    @GetMapping(value = "/{id}/dossier", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> printableDossier(@PathVariable String id) {
        CaseDossier dossier = dossiers.of(id).orElseThrow(() -> notFound(id));
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(DossierPage.render(dossier));
    }

    @PostMapping("/{id}/feedback-response")
    public ResponseEntity<?> feedbackResponse(@PathVariable String id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                              @RequestBody FeedbackResponseRequest request, Authentication principal) {
        return send(id, request.command(commands.origin(id, ifMatch, principal)));
    }

    @PostMapping("/{id}/conversation")
    public ResponseEntity<?> conversation(@PathVariable String id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                          @RequestBody ConversationRequest request, Authentication principal) {
        return send(id, request.command(commands.origin(id, ifMatch, principal)));
    }

    @PostMapping("/{id}/handler")
    public ResponseEntity<?> handler(@PathVariable String id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                     @RequestBody HandlerRequest request, Authentication principal) {
        return send(id, request.command(commands.origin(id, ifMatch, principal)));
    }

    @PostMapping("/{id}/decision")
    public ResponseEntity<?> decision(@PathVariable String id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                      @RequestBody DecisionRequest request, Authentication principal) {
        return send(id, request.command(commands.origin(id, ifMatch, principal)));
    }

    @PostMapping("/{id}/corrective-actions/{actionId}/completion")
    public ResponseEntity<?> completion(@PathVariable String id, @PathVariable String actionId,
                                        @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                        @RequestBody(required = false) CompletionRequest request, Authentication principal) {
        CompletionRequest completion = request == null ? new CompletionRequest(null) : request;
        return send(id, completion.command(commands.origin(id, ifMatch, principal), actionId));
    }

    @PostMapping("/{id}/extension")
    public ResponseEntity<?> extension(@PathVariable String id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                       @RequestBody ExtensionRequest request, Authentication principal) {
        return send(id, request.command(commands.origin(id, ifMatch, principal)));
    }

    @PostMapping("/{id}/category")
    public ResponseEntity<?> category(@PathVariable String id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                      @RequestBody CategoryRequest request, Authentication principal) {
        return send(id, request.command(commands.origin(id, ifMatch, principal)));
    }

    /** F6: the call or appointment staff had with the submitter. */
    @PostMapping("/{id}/contact")
    public ResponseEntity<?> contact(@PathVariable String id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                     @RequestBody ContactRequest request, Authentication principal) {
        return send(id, request.command(commands.origin(id, ifMatch, principal), commands.today()));
    }

    @PostMapping("/{id}/disputes-committee-ruling")
    public ResponseEntity<?> ruling(@PathVariable String id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                    @RequestBody RulingRequest request, Authentication principal) {
        return send(id, request.command(commands.origin(id, ifMatch, principal)));
    }

    private ResponseEntity<?> send(String id, Object command) {
        return commands.send(id, command, Function.identity());
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("No case " + id);
    }

    private static Boolean flag(RequestValidator v, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String flag = value.strip().toLowerCase(Locale.ROOT);
        if (!flag.equals("true") && !flag.equals("false")) {
            v.reject(field, "must be true or false");
            return null;
        }
        return Boolean.valueOf(flag);
    }

    private static int number(RequestValidator v, String field, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // Answered below, like a number out of range.
        }
        v.reject(field, "must be a whole number from " + min + " to " + max);
        return fallback;
    }
}
