package nl.gastouderbureau.complaints.cases.query;

/** The statuses of DESIGN §5. Overdue is a flag on the case, not a status. */
public enum CaseStatus {
    OPEN, RESPONDED,
    INFORMAL, AWAITING_FORMAL_COMPLAINT,
    FILED, IN_PROGRESS, DECIDED, REFERRED, CLOSED
}
