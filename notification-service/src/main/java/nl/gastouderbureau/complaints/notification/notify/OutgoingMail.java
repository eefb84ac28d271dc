package nl.gastouderbureau.complaints.notification.notify;

import nl.gastouderbureau.complaints.notification.log.NotificationType;
import nl.gastouderbureau.complaints.notification.mail.RenderedMail;

/** A mail an event calls for; {@code eventId} and {@code type} make it unique. */
public record OutgoingMail(String eventId, String caseId, NotificationType type, String recipient, RenderedMail content) {
}
