package nl.gastouderbureau.complaints.cases.privacy;

import nl.gastouderbureau.complaints.cases.web.CaseCommands;
import nl.gastouderbureau.complaints.support.privacy.DataSubjects;
import nl.gastouderbureau.complaints.support.web.InvalidRequestException;
import nl.gastouderbureau.complaints.support.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * P2: a data subject's request to be forgotten, carried out by staff (only {@code STAFF} gets here).
 * The subject's id is on each of their cases ({@code dataSubjectId}). Asking again is harmless and
 * answered the same, 204; an id no case has is a 404.
 */
@RestController
@RequestMapping("/api/v1/data-subjects")
public class DataSubjectController {

    private final PersonalDataErasures erasures;

    DataSubjectController(PersonalDataErasures erasures) {
        this.erasures = erasures;
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> erase(@PathVariable String id, Authentication principal) {
        if (!DataSubjects.isWellFormed(id)) {
            throw InvalidRequestException.of("id", "must be a data subject id as a case shows it (dataSubjectId)");
        }
        if (erasures.eraseSubject(id, CaseCommands.actor(principal)).isEmpty()) {
            throw new NotFoundException("No case has data subject " + id);
        }
        return ResponseEntity.noContent().build();
    }

}
