package nl.gastouderbureau.complaints.cases.pages;

import nl.gastouderbureau.complaints.cases.query.CaseDossiers;
import nl.gastouderbureau.complaints.cases.query.CaseViews;
import nl.gastouderbureau.complaints.cases.web.CaseCommands;
import nl.gastouderbureau.complaints.support.config.PlatformConfiguration;
import nl.gastouderbureau.complaints.support.security.SecurityConfiguration;
import nl.gastouderbureau.complaints.support.web.WebSupportConfiguration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages in the web slice: the real security chains, templates, messages and the API's command
 * path ({@link CaseCommands}), with the read model and the command bus stubbed. One context for
 * every page test; the clock stands still at {@link #NOW}.
 */
@WebMvcTest(controllers = {StaffPages.class, ClientPages.class, HomePage.class},
        properties = "complaints.pages.intake-url=http://intake.example:9081")
@ImportAutoConfiguration({SecurityConfiguration.class, PlatformConfiguration.class, WebSupportConfiguration.class})
@Import({CaseCommands.class, PageCommands.class, PagesSlice.FixedClock.class})
abstract class PagesSlice {

    static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    protected MockMvc mvc;

    @MockitoBean
    protected CaseViews views;

    @MockitoBean
    protected CaseDossiers dossiers;

    @MockitoBean
    protected CommandGateway commands;

    @MockitoBean
    protected EventStore eventStore;

    /** The page the request answers with, after checking its status and that no message key went missing. */
    protected Document page(RequestBuilder request, int status) throws Exception {
        String html = mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
        assertThat(html).as("every message found").doesNotContain("??");
        return Jsoup.parse(html);
    }
}
