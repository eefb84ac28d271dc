package nl.gastouderbureau.complaints.reporting.web;

import nl.gastouderbureau.complaints.reporting.projection.CaseFactsRebuild;
import nl.gastouderbureau.complaints.reporting.projection.RebuildStatus;
import nl.gastouderbureau.complaints.support.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Management starts a rebuild of the report facts from the event history and follows it; the
 * reports keep answering from the live facts until the rebuilt ones are swapped in.
 */
@RestController
public class RebuildController {

    private static final String REBUILD = "/api/v1/reports/rebuild";

    private final CaseFactsRebuild rebuild;

    public RebuildController(CaseFactsRebuild rebuild) {
        this.rebuild = rebuild;
    }

    /** 202 with the new rebuild's status; 409 {@code REBUILD_ALREADY_RUNNING} while one runs. */
    @PostMapping(REBUILD)
    @ResponseStatus(HttpStatus.ACCEPTED)
    public RebuildStatus start() {
        return rebuild.start();
    }

    /** The last rebuild this instance started; 404 before the first. */
    @GetMapping(REBUILD)
    public RebuildStatus status() {
        RebuildStatus status = rebuild.status();
        if (status == null) {
            throw new NotFoundException("No rebuild was started on this instance");
        }
        return status;
    }
}
