package nl.gastouderbureau.complaints.reporting.facts;

import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterRole;

import java.time.Instant;

/**
 * What reports count about one case, and nothing else: no names, contact data or free text
 * (DESIGN P1), so erasing a person never changes a report.
 *
 * @param category        null until someone classifies the case
 * @param respondedAt     null while the submitter has had no response
 * @param respondedOnTime null while there is no response
 */
public record CaseFact(String caseId, SubmissionKind kind, Channel channel, SubmitterRole submitterRole,
                       Category category, Instant receivedAt, Instant respondBy, Instant respondedAt,
                       Boolean respondedOnTime, boolean overdue, boolean referredExternally) {

    public boolean responded() {
        return respondedAt != null;
    }
}
