package nl.gastouderbureau.complaints.events;

/** How staff made the personal contact a submitter asked for (F6). */
public enum ContactMethod {
    PHONE,
    MEETING
}
