package nl.gastouderbureau.complaints.notification.log;

/** What a notification is about (DESIGN §5). At most one of each type is sent per event. */
public enum NotificationType {
    ACKNOWLEDGEMENT, FEEDBACK_RESPONSE, REMINDER, ESCALATION, INVITATION_TO_FILE, DECISION, DEADLINE_PASSED
}
