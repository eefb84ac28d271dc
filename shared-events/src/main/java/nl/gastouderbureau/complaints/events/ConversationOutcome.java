package nl.gastouderbureau.complaints.events;

/** The outcome of the informal conversation (C1). */
public enum ConversationOutcome {
    RESOLVED, UNRESOLVED
}
