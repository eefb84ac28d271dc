package nl.gastouderbureau.complaints.notification.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

/**
 * Who mail comes from, the time zone dates are written in (the agency's, whatever zone the server
 * runs in) and where a client files a formal complaint.
 *
 * @param complaintFormUrl the complaint form of the intake service; {@code {caseId}} stands for the
 *                         informal case the complaint continues
 */
@ConfigurationProperties("complaints.mail")
public record MailSettings(String from, String senderName, ZoneId timeZone, String complaintFormUrl) {

    public MailSettings {
        from = from == null || from.isBlank() ? "feedback@gastouderbureau.example" : from;
        senderName = senderName == null || senderName.isBlank() ? "Gastouderbureau" : senderName;
        timeZone = timeZone == null ? ZoneId.of("Europe/Amsterdam") : timeZone;
        complaintFormUrl = complaintFormUrl == null || complaintFormUrl.isBlank()
                ? "http://localhost:8081/complaint?informalCaseId={caseId}" : complaintFormUrl;
    }

    public static MailSettings defaults() {
        return new MailSettings(null, null, null, null);
    }

    String complaintFormFor(String informalCaseId) {
        return complaintFormUrl.replace("{caseId}", URLEncoder.encode(informalCaseId, StandardCharsets.UTF_8));
    }
}
