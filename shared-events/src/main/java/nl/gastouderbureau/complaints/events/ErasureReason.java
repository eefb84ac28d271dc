package nl.gastouderbureau.complaints.events;

/** Why personal data was erased: the data subject asked (P2), or the case was closed long enough (P3). */
public enum ErasureReason {
    ERASURE_REQUEST, RETENTION
}
