package nl.gastouderbureau.complaints.notification.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.ZoneId;

/**
 * Who mail comes from and the time zone dates are written in: the agency's, whatever zone the
 * server runs in.
 */
@ConfigurationProperties("complaints.mail")
public record MailSettings(String from, String senderName, ZoneId timeZone) {

    public MailSettings {
        from = from == null || from.isBlank() ? "feedback@gastouderbureau.example" : from;
        senderName = senderName == null || senderName.isBlank() ? "Gastouderbureau" : senderName;
        timeZone = timeZone == null ? ZoneId.of("Europe/Amsterdam") : timeZone;
    }
}
