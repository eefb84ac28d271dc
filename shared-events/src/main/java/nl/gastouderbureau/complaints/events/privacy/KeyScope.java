package nl.gastouderbureau.complaints.events.privacy;

import nl.gastouderbureau.complaints.events.CaseEvent;
import nl.gastouderbureau.complaints.events.SubmissionReceived;
import nl.gastouderbureau.complaints.events.SubmitterReplyReceived;

/** Which case's key protects the personal data of an event: the submission is the case it opens. */
final class KeyScope {

    private KeyScope() {
    }

    /** The case id of {@code event}, or null when it is not an event that carries personal data. */
    static String of(Object event) {
        if (event instanceof CaseEvent caseEvent) {
            return caseEvent.caseId();
        }
        if (event instanceof SubmissionReceived submission) {
            return submission.submissionId();
        }
        if (event instanceof SubmitterReplyReceived reply) {
            return reply.caseId();
        }
        return null;
    }
}
