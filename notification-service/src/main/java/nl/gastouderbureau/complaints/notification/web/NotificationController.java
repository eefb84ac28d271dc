package nl.gastouderbureau.complaints.notification.web;

import nl.gastouderbureau.complaints.notification.log.NotificationLog;
import nl.gastouderbureau.complaints.support.web.RequestValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What was sent for a case, to whom and when (staff only, by the shared security rules). */
@RestController
public class NotificationController {

    private final NotificationLog notifications;

    public NotificationController(NotificationLog notifications) {
        this.notifications = notifications;
    }

    /** {@code caseId} is checked here rather than by Spring so a missing one is a 400 naming the field. */
    @GetMapping("/api/v1/notifications")
    public NotificationList forCase(@RequestParam(required = false) String caseId) {
        RequestValidator request = new RequestValidator();
        String id = request.text("caseId", caseId, 1, 100);
        request.throwIfInvalid();
        return NotificationList.of(notifications.forCase(id));
    }
}
