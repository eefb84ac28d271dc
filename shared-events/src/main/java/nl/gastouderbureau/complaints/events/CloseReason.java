package nl.gastouderbureau.complaints.events;

/** Why a case closed (C1, C2, C5). */
public enum CloseReason {
    RESOLVED_INFORMALLY, CONTINUED_AS_FORMAL, SATISFIED_AND_ACTIONS_DONE, REFERRAL_ENDED
}
