package nl.gastouderbureau.complaints.cases.admin;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff or management rebuild a read model from the event store (e.g. {@code case-projection})
 * and follow its progress; the benchmark times the replay with it.
 */
@RestController
public class ProjectionReplayController {

    private static final String PROCESSOR = "/api/v1/admin/projections/{name}";

    private final ProjectionReplays replays;

    public ProjectionReplayController(ProjectionReplays replays) {
        this.replays = replays;
    }

    /** 202 with the status right after the restart; 404 for an unknown processor; 409 {@code REPLAY_NOT_ALLOWED}. */
    @PostMapping(PROCESSOR + "/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public ProjectionStatus replay(@PathVariable String name) {
        return replays.replay(name);
    }

    @GetMapping(PROCESSOR)
    public ProjectionStatus status(@PathVariable String name) {
        return replays.status(name);
    }
}
