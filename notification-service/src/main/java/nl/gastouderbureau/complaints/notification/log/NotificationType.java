package nl.gastouderbureau.complaints.notification.log;

/**
 * What a notification is about (DESIGN §5). At most one of each type is sent per event.
 * {@code EXTENSION} (the client hears of a longer handling period, C6a) is added to the contract's list.
 */
public enum NotificationType {
    ACKNOWLEDGEMENT, FEEDBACK_RESPONSE, REMINDER, ESCALATION, INVITATION_TO_FILE, DECISION, DEADLINE_PASSED, EXTENSION
}
