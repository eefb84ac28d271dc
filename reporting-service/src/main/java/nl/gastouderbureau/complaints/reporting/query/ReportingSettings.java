package nl.gastouderbureau.complaints.reporting.query;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.ZoneId;

/** Reports count by the agency's calendar: a case received at 23:30 UTC on 31 March is an April case. */
@ConfigurationProperties("complaints.reporting")
public record ReportingSettings(ZoneId timeZone) {

    public ReportingSettings {
        timeZone = timeZone == null ? ZoneId.of("Europe/Amsterdam") : timeZone;
    }
}
