package nl.gastouderbureau.complaints.cases.web;

import nl.gastouderbureau.complaints.cases.query.CasePage;
import nl.gastouderbureau.complaints.cases.query.CaseView;
import nl.gastouderbureau.complaints.cases.query.CaseViews;
import nl.gastouderbureau.complaints.cases.web.CaseRequests.ReferralRequest;
import nl.gastouderbureau.complaints.cases.web.CaseRequests.SatisfactionRequest;
import nl.gastouderbureau.complaints.support.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * A client's own cases (DESIGN §5; only {@code CLIENT} gets here). Someone else's case answers 404
 * exactly like a case that does not exist, so a client cannot learn which case ids are in use.
 */
@RestController
@RequestMapping("/api/v1/my/cases")
public class MyCaseController {

    private static final String IF_MATCH = "If-Match";

    private final CaseViews views;
    private final CaseCommands commands;

    MyCaseController(CaseViews views, CaseCommands commands) {
        this.views = views;
        this.commands = commands;
    }

    @GetMapping
    public CasePage<ClientCaseView> list(Authentication principal) {
        List<ClientCaseView> items = views.ofClient(principal.getName()).stream().map(ClientCaseView::of).toList();
        return new CasePage<>(items, items.size());
    }

    @GetMapping("/{id}")
    public ResponseEntity<ClientCaseView> get(@PathVariable String id, Authentication principal) {
        CaseView view = own(id, principal);
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(ClientCaseView.of(view));
    }

    /** C7. */
    @PostMapping("/{id}/satisfaction")
    public ResponseEntity<?> satisfaction(@PathVariable String id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                          @RequestBody SatisfactionRequest request, Authentication principal) {
        own(id, principal);
        return commands.send(id, request.command(commands.origin(id, ifMatch, principal)), ClientCaseView::of);
    }

    /** C8. */
    @PostMapping("/{id}/disputes-committee-referral")
    public ResponseEntity<?> referral(@PathVariable String id, @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                      @RequestBody(required = false) ReferralRequest request, Authentication principal) {
        own(id, principal);
        ReferralRequest referral = request == null ? new ReferralRequest(null, null) : request;
        return commands.send(id, referral.command(commands.origin(id, ifMatch, principal), commands.today()),
                ClientCaseView::of);
    }

    private CaseView own(String id, Authentication principal) {
        return views.find(id)
                .filter(view -> principal.getName().equals(view.clientAccount()))
                .orElseThrow(() -> new NotFoundException("You have no case " + id));
    }
}
