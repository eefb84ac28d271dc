package nl.gastouderbureau.complaints.notification.log;

import nl.gastouderbureau.complaints.notification.mail.RenderedMail;

/** A notification that was claimed but has not left yet, with everything needed to send it. */
public record WaitingNotification(String id, NotificationType type, String recipient, RenderedMail content) {
}
