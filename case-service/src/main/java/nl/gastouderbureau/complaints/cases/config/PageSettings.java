package nl.gastouderbureau.complaints.cases.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;

/**
 * Where the other services' pages are, for links across them: {@code intake-url}
 * ({@code COMPLAINTS_PAGES_INTAKE_URL}) is intake-service's base URL, whose forms take a formal
 * complaint and a submission staff record. The default is the local system's.
 */
@ConfigurationProperties("complaints.pages")
public record PageSettings(URI intakeUrl) {

    public PageSettings {
        intakeUrl = intakeUrl == null ? URI.create("http://localhost:8081") : intakeUrl;
        if (!intakeUrl.isAbsolute()) {
            throw new IllegalArgumentException("complaints.pages.intake-url must be an absolute URL, e.g. http://localhost:8081");
        }
    }
}
