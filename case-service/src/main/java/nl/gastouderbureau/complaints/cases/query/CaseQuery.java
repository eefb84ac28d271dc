package nl.gastouderbureau.complaints.cases.query;

import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.SubmissionKind;

/**
 * The staff list's filters (each optional) and page. {@code text} matches the reference, the
 * message and a complaint's subject and description, ignoring case.
 *
 * @param overdue          a deadline passed, the contact task's included
 * @param contactRequested true: cases with an open contact task (F6), the staff's call list; false: the others
 * @param page             zero-based
 */
public record CaseQuery(CaseStatus status, SubmissionKind kind, Category category, Boolean overdue,
                        Boolean contactRequested, String handlerId, String text, int page, int size) {

    /** Without the contact task filter. */
    public CaseQuery(CaseStatus status, SubmissionKind kind, Category category, Boolean overdue,
                     String handlerId, String text, int page, int size) {
        this(status, kind, category, overdue, null, handlerId, text, page, size);
    }
}
