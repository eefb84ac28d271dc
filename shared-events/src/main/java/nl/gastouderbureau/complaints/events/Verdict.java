package nl.gastouderbureau.complaints.events;

/** The decision on a formal complaint (C4). */
public enum Verdict {
    WELL_FOUNDED, PARTLY_WELL_FOUNDED, UNFOUNDED;

    /** A mistake was found, so it must be put right (C4). */
    public boolean requiresCorrectiveAction() {
        return this != UNFOUNDED;
    }
}
