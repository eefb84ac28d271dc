package nl.gastouderbureau.complaints.events;

/** What became of an idea, tip or remark (F2). */
public enum FeedbackOutcome {
    ADOPTED, PLANNED, NOT_ADOPTED, NOTED
}
