package nl.gastouderbureau.complaints.cases.pages;

import jakarta.servlet.http.HttpServletRequest;
import nl.gastouderbureau.complaints.cases.config.PageSettings;
import nl.gastouderbureau.complaints.support.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import static nl.gastouderbureau.complaints.support.security.Roles.CLIENT;
import static nl.gastouderbureau.complaints.support.security.Roles.STAFF;

/**
 * What every page of this package has: dates in the visitor's language, a link to the same page in
 * the other language, links to intake's forms, who is logged in; and errors as pages rather than problem+json. Ordered
 * before service-support's {@code ProblemResponses}, which answers everything else in JSON.
 */
@ControllerAdvice(basePackageClasses = PageAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
// Enabled here, by the one bean that reads them, so every web slice that has this advice has them too.
@EnableConfigurationProperties(PageSettings.class)
class PageAdvice {

    private static final Logger log = LoggerFactory.getLogger(PageAdvice.class);

    private final PageSettings settings;

    PageAdvice(PageSettings settings) {
        this.settings = settings;
    }

    /** Who is logged in, for the header: their name and where their pages are. */
    public record Account(String name, boolean staff, boolean client) {

        static Account of(Authentication who) {
            if (who == null) {
                return null;
            }
            return new Account(who.getName(), has(who, STAFF), has(who, CLIENT));
        }

        private static boolean has(Authentication who, String role) {
            return who.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(("ROLE_" + role)::equals);
        }
    }

    @ModelAttribute("dates")
    PageDates dates(Locale locale) {
        return new PageDates(locale);
    }

    @ModelAttribute("intake")
    IntakeLinks intake(Locale locale) {
        return IntakeLinks.of(settings, locale);
    }

    @ModelAttribute("languageSwitch")
    String languageSwitch(HttpServletRequest request, Locale locale) {
        return otherLanguage(request, locale);
    }

    @ModelAttribute("account")
    Account account(Authentication who) {
        return Account.of(who);
    }

    /** An unknown case, or another client's: the same page, so it tells nothing about which ids exist. */
    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(HttpServletRequest request, Locale locale, Authentication who) {
        return errorPage(HttpStatus.NOT_FOUND, request, locale, who);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception e, HttpServletRequest request, Locale locale, Authentication who) {
        if (e instanceof ErrorResponse known) {
            return errorPage(known.getStatusCode(), request, locale, who);
        }
        log.error("A page failed on {} {}", request.getMethod(), request.getRequestURI(), e);
        return errorPage(HttpStatus.INTERNAL_SERVER_ERROR, request, locale, who);
    }

    private ModelAndView errorPage(HttpStatusCode status, HttpServletRequest request, Locale locale, Authentication who) {
        ModelAndView page = new ModelAndView("error", status);
        page.addAllObjects(Map.of("status", status.value(), "dates", new PageDates(locale),
                "languageSwitch", otherLanguage(request, locale)));
        if (who != null) {
            page.addObject("account", Account.of(who));
        }
        return page;
    }

    /**
     * This page in the other language. A form's post has no page of its own to return to, so its
     * link leads to the case it was sent from: {@code /staff/cases/{id}/decision} to {@code /staff/cases/{id}}.
     */
    static String otherLanguage(HttpServletRequest request, Locale locale) {
        String other = "en".equals(locale.getLanguage()) ? "nl" : "en";
        String path = request.getRequestURI();
        String query = request.getQueryString();
        if (!"GET".equals(request.getMethod())) {
            String[] segments = path.split("/");
            path = String.join("/", Arrays.copyOf(segments, Math.min(segments.length, 4)));
            query = null;
        }
        return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang", other).build().toUriString();
    }
}
