package nl.gastouderbureau.complaints.intake.submission;

import nl.gastouderbureau.complaints.events.SubmissionReceived;
import nl.gastouderbureau.complaints.support.privacy.DataSubjects;
import nl.gastouderbureau.complaints.support.privacy.MongoSubjectKeys;
import org.springframework.stereotype.Component;

/**
 * Makes the key of a new submission's case, for the data subject it is about, before the
 * submission is written anywhere: every copy of its personal data is encrypted under this key, and
 * erasing the subject deletes it (DESIGN P1, P2).
 */
@Component
public class CaseKeys {

    private final MongoSubjectKeys keys;
    private final DataSubjects subjects;

    public CaseKeys(MongoSubjectKeys keys, DataSubjects subjects) {
        this.keys = keys;
        this.subjects = subjects;
    }

    void makeFor(SubmissionReceived submission) {
        keys.create(submission.submissionId(), subjects.of(submission.clientAccount(), submission.contact()));
    }
}
