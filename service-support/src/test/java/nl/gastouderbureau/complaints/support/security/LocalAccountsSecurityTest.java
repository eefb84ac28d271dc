package nl.gastouderbureau.complaints.support.security;

import nl.gastouderbureau.complaints.support.config.PlatformConfiguration;
import nl.gastouderbureau.complaints.support.web.WebSupportConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(SecuredEndpoints.class)
@ImportAutoConfiguration({SecurityConfiguration.class, PlatformConfiguration.class, WebSupportConfiguration.class})
class LocalAccountsSecurityTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void theApiTakesHttpBasicAndChecksTheRole() throws Exception {
        mvc.perform(get("/api/v1/cases/case-1").with(httpBasic("staff", "staff")))
                .andExpect(status().isOk()).andExpect(content().string("staff"));
        mvc.perform(get("/api/v1/my/cases").with(httpBasic("client2", "client2"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/reports/improvement").with(httpBasic("manager", "manager"))).andExpect(status().isOk());

        mvc.perform(get("/api/v1/cases/case-1").with(httpBasic("client", "client")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType("application/problem+json"));
        mvc.perform(get("/api/v1/reports/improvement").with(httpBasic("staff", "staff"))).andExpect(status().isForbidden());
    }

    @Test
    void askingForAFormatTheEndpointDoesNotWriteIsA406NotAServerError() throws Exception {
        mvc.perform(get("/api/v1/reports/annual/2026").with(httpBasic("manager", "manager")).header("Accept", "application/json"))
                .andExpect(status().isNotAcceptable());
        mvc.perform(get("/api/v1/reports/annual/2026").with(httpBasic("manager", "manager")).header("Accept", "text/csv"))
                .andExpect(status().isOk());
    }

    @Test
    void theApiAnswersAMissingOrWrongLoginWith401ProblemJson() throws Exception {
        mvc.perform(get("/api/v1/cases/case-1"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"complaints\""))
                .andExpect(content().contentType("application/problem+json"));
        mvc.perform(get("/api/v1/cases/case-1").with(httpBasic("staff", "wrong"))).andExpect(status().isUnauthorized());
    }

    @Test
    void theApiIsStatelessWithoutCsrfAndFeedbackIsOpenToAnyone() throws Exception {
        mvc.perform(post("/api/v1/feedback")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/complaints").with(httpBasic("client", "client")))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void pagesNeedingALoginSendTheVisitorToTheLoginForm() throws Exception {
        mvc.perform(get("/complaint")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/reports/dashboard")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void pagesCarrySecurityHeadersThatKeepScriptsToTheServiceItself() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Content-Security-Policy", allOf(
                        containsString("script-src 'self'"),
                        containsString("frame-ancestors 'none'"))))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
    }

    @Test
    void theLoginFormIsDutchFirstAndCarriesACsrfToken() throws Exception {
        String dutch = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(dutch).contains("<html lang=\"nl\">", "Gebruikersnaam", "Wachtwoord", "name=\"_csrf\"");

        String english = mvc.perform(get("/login").param("lang", "en").header("Accept-Language", "nl"))
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("<html lang=\"en\">", "User name");

        String failed = mvc.perform(get("/login").param("error", "")).andReturn().getResponse().getContentAsString();
        assertThat(failed).contains("role=\"alert\"", "klopt niet");
    }

    @Test
    void theFormLoginStartsASessionAndPagesAreCsrfProtected() throws Exception {
        mvc.perform(formLogin("/login").user("client").password("client"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("client").password("wrong"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").param("username", "client").param("password", "client"))
                .andExpect(status().isForbidden());

        mvc.perform(post("/feedback")).andExpect(status().isForbidden());
        mvc.perform(post("/feedback").with(csrf())).andExpect(status().isOk());
    }

    @Test
    void passwordsAreKeptOnlyAsHashes() {
        String stored = accounts.loadUserByUsername("client").getPassword();
        assertThat(stored).doesNotContain("client").startsWith("$2");
    }
}
