package nl.gastouderbureau.complaints.cases.pages;

import nl.gastouderbureau.complaints.cases.command.RecordSatisfactionCommand;
import nl.gastouderbureau.complaints.cases.command.ReferToDisputesCommitteeCommand;
import nl.gastouderbureau.complaints.cases.command.Rules;
import nl.gastouderbureau.complaints.cases.query.CaseView;
import nl.gastouderbureau.complaints.cases.query.CaseView.CorrectiveAction;
import nl.gastouderbureau.complaints.support.web.RuleViolationException;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The client's pages: their own cases only, in plain words, and the answers the rules allow them now. */
@WithMockUser(username = "client", roles = "CLIENT")
class ClientPagesTest extends PagesSlice {

    private static final Instant FILED = Instant.parse("2026-11-24T10:00:00Z");
    private static final CorrectiveAction ACTION = new CorrectiveAction("a-1", "Vervangingsprotocol aanpassen", "henk",
            LocalDate.parse("2026-12-31"), false, false, null, null);

    private final CaseView decided = CaseViewBuilder.complaint("case-1", "client", FILED).handler("henk", FILED.plusSeconds(600))
            .decided("PARTLY_WELL_FOUNDED", Instant.parse("2026-11-26T10:00:00Z"), ACTION).version(2).build();

    @Test
    void aDecisionInTimeIsAnsweredFirstAndTheCommitteeLimitIsShown() throws Exception {
        when(views.find("case-1")).thenReturn(Optional.of(decided));

        Document page = page(get("/my/cases/case-1"), 200);

        assertThat(page.select("#status").text()).isEqualTo("We hebben een besluit genomen over uw klacht.");
        assertThat(page.select("#verdict").text()).isEqualTo("Uw klacht is gedeeltelijk gegrond: u heeft voor een deel gelijk.");
        assertThat(page.text()).contains("Vervangingsprotocol aanpassen", "uiterlijk 31 december 2026",
                "Besluit genomen op 26 november 2026.").doesNotContain("henk", "Marieke");
        assertThat(page.select("#form-satisfaction form")).hasSize(1);
        assertThat(page.select("#referral-step")).isEmpty();
        assertThat(page.select("#referral-limit").text()).contains("tot en met 24 november 2027");
    }

    @Test
    void anUnsatisfiedClientIsOfferedTheReferral() throws Exception {
        CaseView unsatisfied = CaseViewBuilder.complaint("case-1", "client", FILED)
                .decided("UNFOUNDED", Instant.parse("2026-11-26T10:00:00Z")).satisfied(false, NOW).version(3).build();
        when(views.find("case-1")).thenReturn(Optional.of(unsatisfied));

        Document page = page(get("/my/cases/case-1"), 200);

        assertThat(page.select("#form-satisfaction")).isEmpty();
        assertThat(page.select("#satisfaction").text()).isEqualTo("U bent niet tevreden met het besluit.");
        assertThat(page.select("#referral-step form").attr("action")).isEqualTo("/my/cases/case-1/referral#form-referral");
        assertThat(page.select("#referral-step input[name=version]").val()).isEqualTo("3");
    }

    @Test
    void aComplaintUndecidedPastItsDeadlineMayBeReferredAtOnce() throws Exception {
        CaseView late = CaseViewBuilder.complaint("case-1", "client", Instant.parse("2026-11-11T10:00:00Z")).overdue().build();
        when(views.find("case-1")).thenReturn(Optional.of(late));

        Document page = page(get("/my/cases/case-1"), 200);

        assertThat(page.select("#clock-handleBy").text()).contains("We beslissen uiterlijk op 25 november 2026", "2 dagen te laat");
        assertThat(page.select("#referral-step form")).hasSize(1);
        assertThat(page.select("#form-satisfaction")).isEmpty();
    }

    @Test
    void theAnswerIsSentAsTheApiSendsItAndConfirmed() throws Exception {
        when(views.find("case-1")).thenReturn(Optional.of(decided));
        when(eventStore.lastSequenceNumberFor("case-1")).thenReturn(Optional.of(3L));
        when(views.awaitVersion(eq("case-1"), anyLong(), any())).thenReturn(Optional.of(decided));

        mvc.perform(post("/my/cases/case-1/satisfaction").with(csrf()).param("version", "2")
                        .param("satisfied", "false").param("comment", "Te weinig"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/my/cases/case-1"))
                .andExpect(flash().attribute("done", "satisfaction"));

        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue()).isInstanceOfSatisfying(RecordSatisfactionCommand.class, command -> {
            assertThat(command.satisfied()).isFalse();
            assertThat(command.comment()).isEqualTo("Te weinig");
            assertThat(command.expectedVersion()).isEqualTo(2);
            assertThat(command.by().role()).isEqualTo("CLIENT");
        });
    }

    @Test
    void anAnswerWithoutAChoiceIsAskedForAgainBesideTheChoice() throws Exception {
        when(views.find("case-1")).thenReturn(Optional.of(decided));

        Document page = page(post("/my/cases/case-1/satisfaction").with(csrf()).param("version", "2").param("comment", "Hm"), 400);

        assertThat(page.select("#satisfaction-satisfied-error").text()).contains("Kies of u tevreden bent met het besluit.");
        assertThat(page.select("#satisfaction-satisfied").attr("aria-describedby")).isEqualTo("satisfaction-satisfied-error");
        assertThat(page.select("#satisfaction-comment").text()).isEqualTo("Hm");
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void theReferralIsDatedTodayAndARefusalIsShownInWordsWhereTheStepWas() throws Exception {
        CaseView unsatisfied = CaseViewBuilder.complaint("case-1", "client", FILED)
                .decided("UNFOUNDED", Instant.parse("2026-11-26T10:00:00Z")).satisfied(false, NOW).version(3).build();
        CaseView referred = CaseViewBuilder.complaint("case-1", "client", FILED)
                .decided("UNFOUNDED", Instant.parse("2026-11-26T10:00:00Z")).satisfied(false, NOW)
                .referred(LocalDate.parse("2026-11-27"), NOW).version(4).build();
        when(views.find("case-1")).thenReturn(Optional.of(unsatisfied));
        when(eventStore.lastSequenceNumberFor("case-1")).thenReturn(Optional.of(4L));
        when(views.awaitVersion(eq("case-1"), anyLong(), any())).thenReturn(Optional.of(referred));

        mvc.perform(post("/my/cases/case-1/referral").with(csrf()).param("version", "3").param("committeeReference", ""))
                .andExpect(status().isFound());
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue()).isInstanceOfSatisfying(ReferToDisputesCommitteeCommand.class, command -> {
            assertThat(command.referredOn()).isEqualTo("2026-11-27");
            assertThat(command.committeeReference()).isNull();
        });

        when(views.find("case-1")).thenReturn(Optional.of(referred));
        doThrow(new RuleViolationException(Rules.REFERRAL_ALREADY_MADE, "The complaint was already referred"))
                .when(commands).sendAndWait(any());
        Document page = page(post("/my/cases/case-1/referral").with(csrf()).param("version", "4"), 409);
        assertThat(page.select("#referral-refusal").text()).contains("Deze klacht is al voorgelegd aan De Geschillencommissie.");
        assertThat(page.select("#referral").text()).isEqualTo("U heeft uw klacht op 27 november 2026 voorgelegd aan De Geschillencommissie.");
        assertThat(page.select("#referral-step")).isEmpty();
    }

    @Test
    void anInformalComplaintLeftUnresolvedLeadsToTheComplaintFormContinuingIt() throws Exception {
        CaseView unresolved = CaseViewBuilder.informal("case-5", "client", FILED).conversationHeld(false, NOW).build();
        when(views.find("case-5")).thenReturn(Optional.of(unresolved));

        Document page = page(get("/my/cases/case-5"), 200);

        assertThat(page.select("#formal-complaint-link").text()).isEqualTo("Dien een formele klacht in");
        assertThat(page.select("#formal-complaint-link").attr("href"))
                .isEqualTo("http://intake.example:9081/complaint?informalCaseId=case-5");
        assertThat(page(get("/my/cases/case-5").param("lang", "en"), 200).select("#formal-complaint-link").attr("href"))
                .isEqualTo("http://intake.example:9081/complaint?lang=en&informalCaseId=case-5");
    }

    @Test
    void noOtherCaseOffersTheComplaintForm() throws Exception {
        List<CaseView> others = List.of(
                CaseViewBuilder.informal("case-6", "client", FILED).build(),
                CaseViewBuilder.informal("case-7", "client", FILED).conversationHeld(true, NOW).build(),
                decided,
                CaseViewBuilder.complaint("case-8", "client", FILED).build());
        for (CaseView other : others) {
            when(views.find(other.id())).thenReturn(Optional.of(other));

            Document page = page(get("/my/cases/" + other.id()), 200);

            assertThat(page.select("#formal-complaint")).as(other.status().name()).isEmpty();
            assertThat(page.select("a[href*=informalCaseId]")).as(other.status().name()).isEmpty();
        }
    }

    @Test
    void anotherClientsCaseIsNotFoundAndCannotBeAnswered() throws Exception {
        CaseView someoneElses = CaseViewBuilder.complaint("case-2", "client2", FILED)
                .decided("UNFOUNDED", Instant.parse("2026-11-26T10:00:00Z")).build();
        when(views.find("case-2")).thenReturn(Optional.of(someoneElses));

        Document page = page(get("/my/cases/case-2"), 404);
        page(post("/my/cases/case-2/satisfaction").with(csrf()).param("version", "1").param("satisfied", "true"), 404);

        assertThat(page.select("h1").text()).isEqualTo("Niet gevonden");
        assertThat(page.text()).doesNotContain("Opvang niet doorgegaan");
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void theListShowsStatusAndDatesInPlainWords() throws Exception {
        when(views.ofClient("client")).thenReturn(List.of(decided,
                CaseViewBuilder.complaint("case-3", "client", FILED).reference("KL-2026-0003").build()));

        Document page = page(get("/my/cases").param("lang", "en"), 200);

        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select(".case-card").get(0).text()).contains("We decided on your complaint.", "Filed on 24 November 2026.",
                "Decided on 26 November 2026.");
        assertThat(page.select(".case-card").get(1).text()).contains("We received your complaint and are starting on it.",
                "We decide by 8 December 2026 at the latest.");
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void staffDoNotReachTheClientPages() throws Exception {
        mvc.perform(get("/my/cases")).andExpect(status().isForbidden());
        mvc.perform(get("/")).andExpect(redirectedUrl("/staff/cases"));
    }

    @Test
    void theHomePageLeadsAClientToTheirCases() throws Exception {
        mvc.perform(get("/")).andExpect(redirectedUrl("/my/cases"));
    }
}
