package nl.gastouderbureau.complaints.cases.query;

import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.SubmissionKind;

/**
 * The staff list's filters (each optional) and page. {@code text} matches the reference, the
 * message and a complaint's subject and description, ignoring case.
 *
 * @param page zero-based
 */
public record CaseQuery(CaseStatus status, SubmissionKind kind, Category category, Boolean overdue,
                        String handlerId, String text, int page, int size) {
}
