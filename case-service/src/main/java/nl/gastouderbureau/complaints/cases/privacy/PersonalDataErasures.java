package nl.gastouderbureau.complaints.cases.privacy;

import nl.gastouderbureau.complaints.cases.command.CaseId;
import nl.gastouderbureau.complaints.cases.command.ErasePersonalDataCommand;
import nl.gastouderbureau.complaints.events.Actor;
import nl.gastouderbureau.complaints.events.ErasureReason;
import nl.gastouderbureau.complaints.support.privacy.MongoSubjectKeys;
import nl.gastouderbureau.complaints.support.privacy.MongoSubjectKeys.SubjectCase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;

/**
 * Erases personal data (DESIGN P2, P3): first the case's key, which makes every copy in the event
 * store, on the topics and in the dead letters unreadable at once; then the case records it
 * ({@code PersonalDataErased}), on which the projections and the notification log drop theirs.
 * Both steps are idempotent, so an erasure interrupted between them is completed by asking again.
 */
@Service
public class PersonalDataErasures {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataErasures.class);

    private final MongoSubjectKeys keys;
    private final CommandGateway commands;
    private final Clock clock;

    public PersonalDataErasures(MongoSubjectKeys keys, CommandGateway commands, Clock clock) {
        this.keys = keys;
        this.commands = commands;
        this.clock = clock;
    }

    /**
     * Erases every case of the data subject, again for those erased before.
     *
     * @return the cases; empty when the subject is unknown
     */
    public List<SubjectCase> eraseSubject(String subjectId, Actor by) {
        List<SubjectCase> cases = keys.casesOf(subjectId);
        cases.forEach(subjectCase -> erase(subjectCase.caseId(), subjectId, ErasureReason.ERASURE_REQUEST, by));
        log.info("Erased the personal data of data subject {} in {} case(s), asked by {} ({})",
                subjectId, cases.size(), by.id(), by.role());
        return cases;
    }

    /** Retention: one finished case, whoever else's cases the subject has. */
    public void eraseCase(String caseId, String subjectId) {
        erase(caseId, subjectId, ErasureReason.RETENTION, Actor.system());
    }

    private void erase(String caseId, String subjectId, ErasureReason reason, Actor by) {
        keys.erase(caseId, reason, clock.instant());
        try {
            commands.sendAndWait(new ErasePersonalDataCommand(new CaseId(caseId), subjectId, reason, by, clock.instant()));
        } catch (AggregateNotFoundException notOpenedYet) {
            // Intake made the key, the case is not open yet: it will open without the erased texts.
            log.info("Case {} is not open yet; its key is erased, so it opens without personal data", caseId);
        }
    }
}
