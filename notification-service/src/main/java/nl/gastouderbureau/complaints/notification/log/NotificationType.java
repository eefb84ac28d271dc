package nl.gastouderbureau.complaints.notification.log;

/**
 * What a notification is about (DESIGN §5). At most one of each type is sent per event. Added to
 * the contract's list: {@code EXTENSION} (the client hears of a longer handling period, C6a) and
 * {@code SUBMITTER_MESSAGE} (the handler, or the staff mailbox, hears that the submitter mailed
 * about their case, F7; no deadline is near, so it is no reminder).
 */
public enum NotificationType {
    ACKNOWLEDGEMENT, FEEDBACK_RESPONSE, REMINDER, ESCALATION, INVITATION_TO_FILE, DECISION, DEADLINE_PASSED, EXTENSION,
    SUBMITTER_MESSAGE
}
