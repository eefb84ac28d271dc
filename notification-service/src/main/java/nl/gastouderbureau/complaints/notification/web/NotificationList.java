package nl.gastouderbureau.complaints.notification.web;

import nl.gastouderbureau.complaints.notification.log.NotificationEntry;
import nl.gastouderbureau.complaints.notification.log.NotificationStatus;
import nl.gastouderbureau.complaints.notification.log.NotificationType;

import java.time.Instant;
import java.util.List;

/** The notifications of one case as DESIGN §5 names them. */
public record NotificationList(List<Item> items) {

    public record Item(String caseId, NotificationType type, String recipient, Instant sentAt, NotificationStatus status) {
    }

    static NotificationList of(List<NotificationEntry> entries) {
        return new NotificationList(entries.stream()
                .map(e -> new Item(e.caseId(), e.type(), e.recipient(), e.sentAt(), e.status()))
                .toList());
    }
}
