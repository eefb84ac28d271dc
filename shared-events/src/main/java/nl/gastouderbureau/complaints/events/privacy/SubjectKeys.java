package nl.gastouderbureau.complaints.events.privacy;

import java.util.Optional;

/**
 * Where the keys of the cases are kept: one per case, so erasing a data subject deletes the keys of
 * their cases and retention deletes the key of one expired case. A key once erased never comes back.
 */
public interface SubjectKeys {

    /**
     * The key to encrypt a case's personal data with: the case's key, made now if the case has
     * none yet; empty once it was erased, and then the data is not written at all.
     */
    Optional<SubjectKey> forWriting(String caseId);

    /** The case's key, or empty when it was erased (or never made): its data reads as erased. */
    Optional<SubjectKey> forReading(String caseId);
}
