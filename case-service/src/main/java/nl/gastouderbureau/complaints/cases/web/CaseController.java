package nl.gastouderbureau.complaints.cases.web;

import nl.gastouderbureau.complaints.cases.query.CaseView;
import nl.gastouderbureau.complaints.cases.query.CaseViews;
import nl.gastouderbureau.complaints.support.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The staff API on cases (DESIGN §5); who may call it is set in service-support's security rules. */
@RestController
@RequestMapping("/api/v1/cases")
public class CaseController {

    private final CaseViews views;

    public CaseController(CaseViews views) {
        this.views = views;
    }

    /** The ETag carries the version a later command names in {@code If-Match}. */
    @GetMapping("/{id}")
    public ResponseEntity<CaseView> get(@PathVariable String id) {
        CaseView view = views.find(id).orElseThrow(() -> new NotFoundException("No case " + id));
        return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
    }
}
