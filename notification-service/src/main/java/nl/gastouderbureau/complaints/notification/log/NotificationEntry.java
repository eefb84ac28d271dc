package nl.gastouderbureau.complaints.notification.log;

import java.time.Instant;

/** One notification as the log holds it. {@code sentAt} is null until the mail has left. */
public record NotificationEntry(String id, String caseId, NotificationType type, String recipient,
                                NotificationStatus status, Instant recordedAt, Instant sentAt,
                                int attempts, String error) {
}
