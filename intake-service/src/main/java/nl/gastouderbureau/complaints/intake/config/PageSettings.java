package nl.gastouderbureau.complaints.intake.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;

/**
 * Where the other services' pages are, for links across them: {@code case-url}
 * ({@code COMPLAINTS_PAGES_CASE_URL}) is case-service's base URL, where staff handle the case they
 * just recorded. The default is the local system's.
 */
@ConfigurationProperties("complaints.pages")
public record PageSettings(URI caseUrl) {

    public PageSettings {
        caseUrl = caseUrl == null ? URI.create("http://localhost:8082") : caseUrl;
        if (!caseUrl.isAbsolute()) {
            throw new IllegalArgumentException("complaints.pages.case-url must be an absolute URL, e.g. http://localhost:8082");
        }
    }

    /** The staff page of the case a submission opened; its id is the submission's. */
    public URI staffCase(String submissionId) {
        return UriComponentsBuilder.fromUri(caseUrl).path("/staff/cases/{id}")
                .buildAndExpand(submissionId).encode().toUri();
    }
}
