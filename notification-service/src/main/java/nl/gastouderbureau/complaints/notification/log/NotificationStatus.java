package nl.gastouderbureau.complaints.notification.log;

public enum NotificationStatus {
    /** Claimed for sending; the mail may or may not have left. */
    PENDING,
    SENT,
    /** The SMTP server refused or could not be reached; the content is kept so it can be sent again. */
    FAILED
}
