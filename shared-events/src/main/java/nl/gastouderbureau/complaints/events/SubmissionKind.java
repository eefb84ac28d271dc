package nl.gastouderbureau.complaints.events;

public enum SubmissionKind {
    IDEA, TIP, REMARK, INFORMAL_COMPLAINT, COMPLAINT;

    /** Ideas, tips and remarks are feedback: they get a response within the promised period. */
    public boolean isFeedback() {
        return this == IDEA || this == TIP || this == REMARK;
    }
}
