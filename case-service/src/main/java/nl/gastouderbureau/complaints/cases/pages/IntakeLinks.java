package nl.gastouderbureau.complaints.cases.pages;

import nl.gastouderbureau.complaints.cases.config.PageSettings;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Locale;

/**
 * Links to intake-service's forms, in the language the visitor reads these pages in (intake keeps
 * its own language cookie, so the choice travels as {@code ?lang=en}). Templates reach it as {@code intake}.
 */
public record IntakeLinks(PageSettings settings, boolean english) {

    static IntakeLinks of(PageSettings settings, Locale locale) {
        return new IntakeLinks(settings, "en".equals(locale.getLanguage()));
    }

    /** The complaint form, continuing the informal case that ended unresolved (C1, C2). */
    public String formalComplaint(String informalCaseId) {
        return form("/complaint").queryParam("informalCaseId", informalCaseId).encode().build().toUriString();
    }

    /** The staff form for what reached them by phone, mail or in a meeting. */
    public String newSubmission() {
        return form("/staff/submissions/new").encode().build().toUriString();
    }

    private UriComponentsBuilder form(String path) {
        UriComponentsBuilder link = UriComponentsBuilder.fromUri(settings.intakeUrl()).path(path);
        return english ? link.queryParam("lang", "en") : link;
    }
}
