package nl.gastouderbureau.complaints.cases.pages;

import nl.gastouderbureau.complaints.cases.command.AssignHandlerCommand;
import nl.gastouderbureau.complaints.cases.command.ExtendHandlingDeadlineCommand;
import nl.gastouderbureau.complaints.cases.command.RecordDecisionCommand;
import nl.gastouderbureau.complaints.cases.command.RecordPersonalContactCommand;
import nl.gastouderbureau.complaints.cases.command.Rules;
import nl.gastouderbureau.complaints.cases.query.CaseDossiers;
import nl.gastouderbureau.complaints.cases.query.CasePage;
import nl.gastouderbureau.complaints.cases.query.CaseQuery;
import nl.gastouderbureau.complaints.cases.query.CaseStatus;
import nl.gastouderbureau.complaints.cases.query.CaseView;
import nl.gastouderbureau.complaints.events.ContactMethod;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.support.web.RuleViolationException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * The staff pages in the web slice with the real security rules and templates: the commands go
 * through the API's own command path to a stubbed command bus, so what is checked is what the page
 * sends and what it shows for each answer.
 */
class StaffPagesTest extends PagesSlice {

    private static final Instant FILED = Instant.parse("2026-11-24T10:00:00Z");

    private final CaseView filed = CaseViewBuilder.complaint("case-1", "client", FILED).version(0).build();

    @BeforeEach
    void cases() {
        when(views.find("case-1")).thenReturn(Optional.of(filed));
        when(views.find("nope")).thenReturn(Optional.empty());
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginForm() throws Exception {
        mvc.perform(get("/staff/cases")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/staff/cases/case-1")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
    }

    @Test
    @WithMockUser(username = "client", roles = "CLIENT")
    void clientsDoNotReachTheStaffPages() throws Exception {
        mvc.perform(get("/staff/cases")).andExpect(status().isForbidden());
        mvc.perform(post("/staff/cases/case-1/handler").with(csrf()).param("version", "0").param("handlerId", "henk"))
                .andExpect(status().isForbidden());
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void aFormSentWithoutTheCsrfTokenChangesNothing() throws Exception {
        mvc.perform(post("/staff/cases/case-1/handler").param("version", "0").param("handlerId", "henk"))
                .andExpect(status().isForbidden());
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void everyFormCarriesTheCsrfTokenAndTheVersionItWasRenderedWith() throws Exception {
        Document page = page(get("/staff/cases/case-1"), 200);

        assertThat(page.select("form[method=post]")).isNotEmpty().allSatisfy(form -> {
            assertThat(form.select("input[type=hidden][name=_csrf]")).hasSize(1);
            if (!form.hasClass("logout")) {
                assertThat(form.select("input[type=hidden][name=version]").val()).isEqualTo("0");
            }
        });
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void theWorkListMarksOverdueAndNearlyDueCasesInWordsWithCountdowns() throws Exception {
        CaseView late = CaseViewBuilder.complaint("late", "client", Instant.parse("2026-11-11T10:00:00Z"))
                .reference("KL-2026-0002").overdue().build();
        CaseView soon = CaseViewBuilder.complaint("soon", "client", Instant.parse("2026-11-16T10:00:00Z"))
                .reference("KL-2026-0003").build();
        CaseView idea = CaseViewBuilder.idea("idea", FILED).build();
        when(views.search(any())).thenReturn(new CasePage<>(List.of(late, soon, idea), 43));

        Document page = page(get("/staff/cases").param("status", "FILED").param("kind", "COMPLAINT")
                .param("overdue", "false").param("handler", "henk").param("text", "opvang").param("page", "1"), 200);

        ArgumentCaptor<CaseQuery> query = ArgumentCaptor.forClass(CaseQuery.class);
        verify(views).search(query.capture());
        assertThat(query.getValue()).isEqualTo(new CaseQuery(CaseStatus.FILED, SubmissionKind.COMPLAINT, null, false,
                "henk", "opvang", 1, 20));
        assertThat(page.select("tr[data-case-id=late] .badge").text()).isEqualTo("Te laat");
        assertThat(page.select("tr[data-case-id=late]").text()).contains("Besluit uiterlijk (onze belofte): 25 november 2026",
                "2 dagen te laat", "Wettelijke termijn: 23 december 2026", "nog 26 dagen");
        assertThat(page.select("tr[data-case-id=soon] .badge").text()).isEqualTo("Bijna te laat");
        assertThat(page.select("tr[data-case-id=soon]").text()).contains("nog 3 dagen");
        assertThat(page.select("tr[data-case-id=idea] .badge")).isEmpty();
        assertThat(page.select("tr[data-case-id=idea]").text()).contains("Terugkoppeling uiterlijk: 8 december 2026", "nog 11 dagen");
        assertThat(page.select("#result-count").text()).isEqualTo("43 zaken gevonden.");
        assertThat(page.select("#filter-status option[selected]").val()).isEqualTo("FILED");
        assertThat(page.select("#filter-text").val()).isEqualTo("opvang");
        assertThat(page.select(".pagination").text()).contains("Pagina 2 van 3");
        assertThat(page.select(".pagination a[rel=next]").attr("href"))
                .isEqualTo("/staff/cases?status=FILED&kind=COMPLAINT&overdue=false&handler=henk&text=opvang&page=2");
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void theWorkListAndTheCasePageLeadToIntakesFormForANewSubmission() throws Exception {
        when(views.search(any())).thenReturn(new CasePage<>(List.of(), 0));
        when(views.find("case-1")).thenReturn(Optional.of(CaseViewBuilder.complaint("case-1", "client", FILED).build()));

        assertThat(page(get("/staff/cases"), 200).select("#new-submission"))
                .singleElement().satisfies(link -> {
                    assertThat(link.text()).isEqualTo("Nieuwe melding vastleggen");
                    assertThat(link.attr("href")).isEqualTo("http://intake.example:9081/staff/submissions/new");
                });
        assertThat(page(get("/staff/cases/case-1").param("lang", "en"), 200).select("#new-submission"))
                .singleElement().satisfies(link -> {
                    assertThat(link.text()).isEqualTo("Record a new submission");
                    assertThat(link.attr("href")).isEqualTo("http://intake.example:9081/staff/submissions/new?lang=en");
                });
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void aFilterTheApiWouldRefuseIsShownInWordsBesideItsField() throws Exception {
        Document page = page(get("/staff/cases").param("status", "SOMEDAY").param("overdue", "maybe"), 400);

        assertThat(page.select("#filter-status-error").text()).contains("Kies een status uit de lijst.");
        assertThat(page.select("#filter-status").attr("aria-describedby")).isEqualTo("filter-status-error");
        assertThat(page.select("#filter-overdue-error").text()).contains("te laat");
        verify(views, never()).search(any());
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void theCasePageShowsBothClocksTheTimelineAndOnlyTheFormsThatFitTheState() throws Exception {
        CaseView withNewEvent = CaseViewBuilder.complaint("case-1", "client", FILED)
                .event("SomethingNewHappened", FILED.plusSeconds(60), "system", "SYSTEM").build();
        when(views.find("case-1")).thenReturn(Optional.of(withNewEvent));

        Document page = page(get("/staff/cases/case-1"), 200);

        assertThat(page.select("html").attr("lang")).isEqualTo("nl");
        assertThat(page.select("#clock-handleBy").text()).contains("8 december 2026 om 11:00", "nog 11 dagen");
        assertThat(page.select("#clock-legalLimit").text()).contains("5 januari 2027 om 11:00", "nog 39 dagen");
        assertThat(page.select("section.command").eachAttr("id"))
                .containsExactly("form-handler", "form-decision", "form-extension", "form-contact", "form-category");
        assertThat(page.select("#timeline tr[data-type=ComplaintFiled]").text()).contains("Formele klacht ingediend", "client (klant)");
        assertThat(page.select("#timeline tr[data-type=SomethingNewHappened]").text()).contains("SomethingNewHappened", "system (systeem)");
        assertThat(page.select("#dossier-link").attr("href")).isEqualTo("/staff/cases/case-1/dossier");
        assertThat(page.select("a.skip-link").attr("href")).isEqualTo("#main");
        assertThat(page.select("main#main")).hasSize(1);
        assertThat(page.select("input:not([type=hidden]), textarea, select")).allSatisfy(input ->
                assertThat(page.select("label[for=" + input.id() + "]")).as("label of %s", input.id()).hasSize(1));
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void aCommandThatWorksRedirectsToTheCaseWithAWordOfConfirmation() throws Exception {
        CaseView assigned = CaseViewBuilder.complaint("case-1", "client", FILED).handler("henk", NOW).version(1).build();
        when(eventStore.lastSequenceNumberFor("case-1")).thenReturn(Optional.of(1L));
        when(views.awaitVersion(eq("case-1"), anyLong(), any())).thenReturn(Optional.of(assigned));

        mvc.perform(post("/staff/cases/case-1/handler").with(csrf()).param("version", "0").param("handlerId", " henk "))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/staff/cases/case-1"))
                .andExpect(flash().attribute("done", "handler"));

        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue()).isInstanceOfSatisfying(AssignHandlerCommand.class, command -> {
            assertThat(command.handlerId()).isEqualTo("henk");
            assertThat(command.expectedVersion()).isZero();
            assertThat(command.by().id()).isEqualTo("staff");
            assertThat(command.at()).isEqualTo(NOW);
        });
        when(views.find("case-1")).thenReturn(Optional.of(assigned));
        Document after = page(get("/staff/cases/case-1").flashAttr("done", "handler"), 200);
        assertThat(after.select("#flash[role=status]").text()).isEqualTo("De klachtbehandelaar is toegewezen.");
        assertThat(after.select("#handler").text()).isEqualTo("henk");
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void aRuleRefusalIsShownInWordsBesideTheFormThatCausedIt() throws Exception {
        doThrow(new RuleViolationException(Rules.HANDLER_IS_INVOLVED, "The handler is the employee the complaint is about"))
                .when(commands).sendAndWait(any());

        Document page = page(post("/staff/cases/case-1/handler").with(csrf()).param("version", "0").param("handlerId", "marieke"), 409);

        assertThat(page.select("#handler-refusal").text()).contains("Deze medewerker is degene over wie de klacht gaat");
        assertThat(page.select("#form-handler form").attr("aria-describedby")).isEqualTo("handler-refusal");
        assertThat(page.select("#handler-handlerId").val()).isEqualTo("marieke");
        assertThat(page.select("#error-summary a").attr("href")).isEqualTo("#form-handler");
        assertThat(page.select("#form-handler form").attr("action")).isEqualTo("/staff/cases/case-1/handler#form-handler");
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void aStaleFormShowsTheConflictAndTheCaseAsItIsNowWithoutChangingAnything() throws Exception {
        CaseView now = CaseViewBuilder.complaint("case-1", "client", FILED).handler("henk", NOW).version(1).build();
        when(views.find("case-1")).thenReturn(Optional.of(now));
        doThrow(new ConflictingAggregateVersionException("case-1", 0, 1)).when(commands).sendAndWait(any());

        Document page = page(post("/staff/cases/case-1/handler").with(csrf()).param("version", "0").param("handlerId", "petra"), 409);

        assertThat(page.select("#error-summary h2").text()).isEqualTo("De zaak is intussen gewijzigd");
        assertThat(page.select("#handler-refusal").text()).contains("Iemand anders heeft deze zaak intussen gewijzigd",
                "Er is niets opgeslagen");
        assertThat(page.select("#handler").text()).isEqualTo("henk");
        assertThat(page.select("#version").text()).isEqualTo("1");
        assertThat(page.select("#form-handler input[name=version]").val()).isEqualTo("1");
        assertThat(page.select("#handler-handlerId").val()).isEqualTo("petra");
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void aStaleDecisionOnACaseDecidedMeanwhileKeepsItsFormBesideTheConflict() throws Exception {
        CaseView decided = CaseViewBuilder.complaint("case-1", "client", FILED).handler("henk", NOW)
                .decided("UNFOUNDED", NOW).version(2).build();
        when(views.find("case-1")).thenReturn(Optional.of(decided));
        doThrow(new ConflictingAggregateVersionException("case-1", 1, 2)).when(commands).sendAndWait(any());

        Document page = page(post("/staff/cases/case-1/decision").with(csrf()).param("version", "1")
                .param("verdict", "WELL_FOUNDED").param("reasoning", "Mijn motivering"), 409);

        assertThat(page.select("#verdict").text()).isEqualTo("Ongegrond");
        assertThat(page.select("#decision-refusal").text()).contains("Iemand anders heeft deze zaak intussen gewijzigd");
        assertThat(page.select("#decision-reasoning").text()).isEqualTo("Mijn motivering");
        assertThat(page.select("section.command").eachAttr("id")).containsExactly("form-decision", "form-contact", "form-category");
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void theDossierOpensWithinTheStaffSession() throws Exception {
        when(dossiers.of("case-1")).thenReturn(Optional.of(new CaseDossiers.CaseDossier(filed, NOW)));

        String html = mvc.perform(get("/staff/cases/case-1/dossier")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Dossier KL-2026-0001", "Opvang niet doorgegaan");
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void fieldErrorsNameTheInputEvenWhenARowWasLeftEmpty() throws Exception {
        Document page = page(post("/staff/cases/case-1/decision").with(csrf()).param("version", "0")
                .param("verdict", "PARTLY_WELL_FOUNDED").param("reasoning", " ")
                .param("actions[0].description", "Protocol aanpassen").param("actions[0].owner", "henk").param("actions[0].dueOn", "2026-12-31")
                .param("actions[1].description", "").param("actions[1].owner", "").param("actions[1].dueOn", "")
                .param("actions[2].description", "Excuses aanbieden").param("actions[2].owner", "henk").param("actions[2].dueOn", "volgende week"),
                400);

        assertThat(page.select("#error-summary li a").eachAttr("href")).containsExactly("#decision-reasoning", "#decision-action-2-dueOn");
        assertThat(page.select("#decision-reasoning-error").text()).contains("Schrijf de motivering");
        assertThat(page.select("#decision-reasoning").attr("aria-describedby")).isEqualTo("decision-reasoning-error");
        assertThat(page.select("#decision-action-2-dueOn-error").text()).contains("Vul de datum in");
        assertThat(page.select("#decision-action-2-dueOn").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#decision-action-2-dueOn").val()).isEqualTo("volgende week");
        assertThat(page.select("#decision-action-0-description").val()).isEqualTo("Protocol aanpassen");
        assertThat(page.select("#decision-verdict-PARTLY_WELL_FOUNDED").hasAttr("checked")).isTrue();
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void theDecisionSendsOnlyTheFilledRowsAsCorrectiveActions() throws Exception {
        when(eventStore.lastSequenceNumberFor("case-1")).thenReturn(Optional.of(1L));
        when(views.awaitVersion(eq("case-1"), anyLong(), any())).thenReturn(Optional.of(filed));

        mvc.perform(post("/staff/cases/case-1/decision").with(csrf()).param("version", "0")
                        .param("verdict", "PARTLY_WELL_FOUNDED").param("reasoning", "Te laat doorgegeven, met een komma, en meer")
                        .param("actions[0].description", "").param("actions[0].owner", "").param("actions[0].dueOn", "")
                        .param("actions[1].description", "Vervangingsprotocol aanpassen, snel").param("actions[1].owner", "henk")
                        .param("actions[1].dueOn", "2026-12-31"))
                .andExpect(status().isFound());

        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue()).isInstanceOfSatisfying(RecordDecisionCommand.class, command -> {
            assertThat(command.reasoning()).isEqualTo("Te laat doorgegeven, met een komma, en meer");
            assertThat(command.correctiveActions()).singleElement().satisfies(action -> {
                assertThat(action.description()).isEqualTo("Vervangingsprotocol aanpassen, snel");
                assertThat(action.owner()).isEqualTo("henk");
                assertThat(action.dueOn()).hasToString("2026-12-31");
            });
        });
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void anExtensionIsEnteredInDutchTimeAndRefusedInWordsPastTheLegalLimit() throws Exception {
        when(eventStore.lastSequenceNumberFor("case-1")).thenReturn(Optional.of(1L));
        when(views.awaitVersion(eq("case-1"), anyLong(), any())).thenReturn(Optional.of(filed));

        Document form = page(get("/staff/cases/case-1"), 200);
        assertThat(form.select("#extension-newHandleBy").val()).isEqualTo("2026-12-08T11:00");
        assertThat(form.select("#extension-hint").text()).contains("5 januari 2027 om 11:00");

        mvc.perform(post("/staff/cases/case-1/extension").with(csrf()).param("version", "0")
                        .param("newHandleBy", "2026-12-20T10:00").param("reason", "De gastouder is op vakantie"))
                .andExpect(status().isFound());
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue()).isInstanceOfSatisfying(ExtendHandlingDeadlineCommand.class,
                command -> assertThat(command.newHandleBy()).isEqualTo("2026-12-20T09:00:00Z"));

        Document notAMoment = page(post("/staff/cases/case-1/extension").with(csrf()).param("version", "0")
                .param("newHandleBy", "over twee weken").param("reason", ""), 400);
        assertThat(notAMoment.select("#error-summary li a").eachAttr("href"))
                .containsExactly("#extension-newHandleBy", "#extension-reason");
        assertThat(notAMoment.select("#extension-newHandleBy").attr("aria-describedby"))
                .isEqualTo("extension-hint extension-newHandleBy-error");

        doThrow(new RuleViolationException(Rules.EXTENSION_PAST_LEGAL_LIMIT, "past the legal limit")).when(commands).sendAndWait(any());
        Document refused = page(post("/staff/cases/case-1/extension").with(csrf()).param("version", "0")
                .param("newHandleBy", "2027-01-10T10:00").param("reason", "Drukte"), 409);
        assertThat(refused.select("#extension-refusal").text()).contains("De nieuwe termijn valt na de wettelijke termijn.");
        assertThat(refused.select("#extension-newHandleBy").val()).isEqualTo("2027-01-10T10:00");
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void theWorkListFiltersOpenContactRequestsAndMarksThemInWords() throws Exception {
        CaseView waiting = CaseViewBuilder.idea("waiting", Instant.parse("2026-11-26T10:00:00Z")).reference("FB-2026-0002")
                .contactRequested(Instant.parse("2026-11-26T10:00:00Z"), Instant.parse("2026-11-28T10:00:00Z")).build();
        CaseView late = CaseViewBuilder.idea("late", Instant.parse("2026-11-24T10:00:00Z")).reference("FB-2026-0003")
                .contactRequested(Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-11-26T10:00:00Z"))
                .contactOverdue().build();
        CaseView called = CaseViewBuilder.idea("called", Instant.parse("2026-11-24T10:00:00Z")).reference("FB-2026-0004")
                .contactRequested(Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-11-26T10:00:00Z"))
                .contactMade(LocalDate.parse("2026-11-25"), "PHONE", "Gebeld", false, Instant.parse("2026-11-25T12:00:00Z")).build();
        when(views.search(any())).thenReturn(new CasePage<>(List.of(waiting, late, called), 23));

        Document page = page(get("/staff/cases").param("contactRequested", "true"), 200);

        ArgumentCaptor<CaseQuery> query = ArgumentCaptor.forClass(CaseQuery.class);
        verify(views).search(query.capture());
        assertThat(query.getValue()).isEqualTo(new CaseQuery(null, null, null, null, true, null, null, 0, 20));
        assertThat(page.select("#filter-contactRequested option[selected]").text()).isEqualTo("Contactverzoek open");
        assertThat(page.select("tr[data-case-id=waiting] .badge").eachText()).containsExactly("Contactverzoek open");
        assertThat(page.select("tr[data-case-id=waiting]").text()).contains("Persoonlijk contact uiterlijk: 28 november 2026", "nog 1 dag");
        assertThat(page.select("tr[data-case-id=late] .badge").eachText()).containsExactly("Te laat", "Contactverzoek te laat");
        assertThat(page.select("tr[data-case-id=late]").text()).contains("Persoonlijk contact uiterlijk: 26 november 2026", "1 dag te laat");
        assertThat(page.select("tr[data-case-id=called] .badge")).isEmpty();
        assertThat(page.select("tr[data-case-id=called]").text()).doesNotContain("Persoonlijk contact");
        assertThat(page.select(".pagination a[rel=next]").attr("href")).isEqualTo("/staff/cases?contactRequested=true&page=1");

        Document refused = page(get("/staff/cases").param("contactRequested", "misschien"), 400);
        assertThat(refused.select("#filter-contactRequested-error").text()).contains("contactverzoek nog open staat");
        assertThat(refused.select("#filter-contactRequested").attr("aria-describedby")).isEqualTo("filter-contactRequested-error");
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void theContactFormComesFirstWhileARequestWaitsWithItsCountdown() throws Exception {
        CaseView waiting = CaseViewBuilder.idea("case-1", Instant.parse("2026-11-26T10:00:00Z"))
                .contactRequested(Instant.parse("2026-11-26T10:00:00Z"), Instant.parse("2026-11-28T10:00:00Z")).version(1).build();
        when(views.find("case-1")).thenReturn(Optional.of(waiting));

        Document page = page(get("/staff/cases/case-1"), 200);

        assertThat(page.select("section.command").eachAttr("id"))
                .containsExactly("form-contact", "form-feedback-response", "form-category");
        assertThat(page.select("#contact-hint").text()).contains("De indiener vroeg om contact, uiterlijk 28 november 2026 om 11:00.");
        assertThat(page.select("#personal-contact").text()).contains("Gevraagd op", "26 november 2026 om 11:00",
                "Contact uiterlijk", "28 november 2026 om 11:00");
        assertThat(page.select("#contact-state").text()).isEqualTo("Contactverzoek open nog 1 dag");
        assertThat(page.select("#clock-contactBy").text()).contains("Persoonlijk contact uiterlijk", "nog 1 dag");
        assertThat(page.select("#contact-contactedOn").val()).isEqualTo("2026-11-27");
        assertThat(page.select("#form-contact input[name=version]").val()).isEqualTo("1");
        assertThat(page.select("#form-contact input[name=how]").eachAttr("value")).containsExactly("PHONE", "MEETING");
        assertThat(page.select("label[for=contact-how-PHONE]").text()).isEqualTo("Telefonisch");

        CaseView late = CaseViewBuilder.idea("case-1", Instant.parse("2026-11-24T10:00:00Z"))
                .contactRequested(Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-11-26T10:00:00Z")).contactOverdue().build();
        when(views.find("case-1")).thenReturn(Optional.of(late));
        Document overdue = page(get("/staff/cases/case-1"), 200);
        assertThat(overdue.select("#contact-state").text()).isEqualTo("Contactverzoek te laat 1 dag te laat");
        assertThat(overdue.select("#status .badge").text()).isEqualTo("Te laat");
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void theContactFormIsOfferedOnEveryCaseThatIsNotClosed() throws Exception {
        assertThat(page(get("/staff/cases/case-1"), 200).select("#form-contact #contact-hint").text())
                .isEqualTo("Een telefoongesprek of afspraak met de indiener, voor het verloop van de zaak.");

        CaseView closed = CaseViewBuilder.complaint("case-1", "client", FILED).closed().build();
        when(views.find("case-1")).thenReturn(Optional.of(closed));
        assertThat(page(get("/staff/cases/case-1"), 200).select("#form-contact")).isEmpty();
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void theContactFormSendsTheCommandAtTheVersionItWasRenderedWith() throws Exception {
        CaseView waiting = CaseViewBuilder.idea("case-1", Instant.parse("2026-11-26T10:00:00Z"))
                .contactRequested(Instant.parse("2026-11-26T10:00:00Z"), Instant.parse("2026-11-28T10:00:00Z")).version(1).build();
        CaseView called = CaseViewBuilder.idea("case-1", Instant.parse("2026-11-26T10:00:00Z"))
                .contactRequested(Instant.parse("2026-11-26T10:00:00Z"), Instant.parse("2026-11-28T10:00:00Z"))
                .contactMade(LocalDate.parse("2026-11-27"), "PHONE", "Gebeld over de nieuwsbrief.", false, NOW).version(2).build();
        when(views.find("case-1")).thenReturn(Optional.of(waiting));
        when(eventStore.lastSequenceNumberFor("case-1")).thenReturn(Optional.of(2L));
        when(views.awaitVersion(eq("case-1"), anyLong(), any())).thenReturn(Optional.of(called));

        mvc.perform(post("/staff/cases/case-1/contact").with(csrf()).param("version", "1")
                        .param("contactedOn", "2026-11-27").param("how", "PHONE").param("summary", "Gebeld over de nieuwsbrief."))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/staff/cases/case-1"))
                .andExpect(flash().attribute("done", "contact"));

        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue()).isInstanceOfSatisfying(RecordPersonalContactCommand.class, command -> {
            assertThat(command.caseId().value()).isEqualTo("case-1");
            assertThat(command.contactedOn()).hasToString("2026-11-27");
            assertThat(command.how()).isEqualTo(ContactMethod.PHONE);
            assertThat(command.summary()).isEqualTo("Gebeld over de nieuwsbrief.");
            assertThat(command.expectedVersion()).isEqualTo(1L);
            assertThat(command.by().id()).isEqualTo("staff");
        });
        when(views.find("case-1")).thenReturn(Optional.of(called));
        Document after = page(get("/staff/cases/case-1").flashAttr("done", "contact"), 200);
        assertThat(after.select("#flash").text()).startsWith("Het persoonlijk contact is vastgelegd.");
        assertThat(after.select("#contact-state").text()).isEqualTo("Contact gehad, op tijd");
        assertThat(after.select("#contact-latest").text()).isEqualTo("27 november 2026 – Telefonisch");
        assertThat(after.select("#contact-summary-text").text()).isEqualTo("Gebeld over de nieuwsbrief.");
        assertThat(after.select("#clock-contactBy").text()).contains("gestopt: er is contact geweest");
        assertThat(after.select("section.command").eachAttr("id")).containsExactly("form-feedback-response", "form-contact", "form-category");
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void contactFieldErrorsAreNamedBesideTheirInputs() throws Exception {
        Document page = page(post("/staff/cases/case-1/contact").with(csrf()).param("version", "0")
                .param("contactedOn", "2026-11-28").param("summary", " "), 400);

        assertThat(page.select("#error-summary li a").eachAttr("href"))
                .containsExactly("#contact-contactedOn", "#contact-how", "#contact-summary");
        assertThat(page.select("#contact-contactedOn-error").text()).contains("niet later dan vandaag");
        assertThat(page.select("#contact-contactedOn").attr("aria-describedby")).isEqualTo("contact-contactedOn-error");
        assertThat(page.select("#contact-contactedOn").val()).isEqualTo("2026-11-28");
        assertThat(page.select("#contact-how").attr("aria-describedby")).isEqualTo("contact-how-error");
        assertThat(page.select("#contact-how-error").text()).contains("telefonisch was of in een gesprek");
        assertThat(page.select("#contact-summary-error").text()).contains("verslag");
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void aContactDatedBeforeTheCaseCameInIsRefusedInWords() throws Exception {
        doThrow(new RuleViolationException(Rules.CONTACT_BEFORE_RECEIPT, "The case was received on 2026-11-24"))
                .when(commands).sendAndWait(any());

        Document page = page(post("/staff/cases/case-1/contact").with(csrf()).param("version", "0")
                .param("contactedOn", "2026-11-20").param("how", "MEETING").param("summary", "Op kantoor gesproken"), 409);

        assertThat(page.select("#contact-refusal").text()).contains("vóór de dag waarop de zaak binnenkwam");
        assertThat(page.select("#form-contact form").attr("aria-describedby")).isEqualTo("contact-refusal");
        assertThat(page.select("#error-summary a").attr("href")).isEqualTo("#form-contact");
        assertThat(page.select("#contact-contactedOn").val()).isEqualTo("2026-11-20");
        assertThat(page.select("#contact-how-MEETING").hasAttr("checked")).isTrue();
        assertThat(page.select("#contact-summary").text()).isEqualTo("Op kantoor gesproken");

        Document english = page(post("/staff/cases/case-1/contact").param("lang", "en").with(csrf()).param("version", "0")
                .param("contactedOn", "2026-11-20").param("how", "MEETING").param("summary", "Op kantoor gesproken"), 409);
        assertThat(english.select("#contact-refusal").text()).contains("dated before the day the case came in");
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void theSubmittersMailedMessagesAreShownAsTextWithTheAttachmentsThatWereNotKept() throws Exception {
        CaseView mailed = CaseViewBuilder.idea("case-1", FILED).mailedIn(2)
                .submitterMessage("Re: FB-2026-0001 <b>dringend</b>", "Nog een vraag.\n<script>alert('x')</script>", 1,
                        FILED.plusSeconds(3600))
                .submitterMessage(null, "Bedankt!", 0, FILED.plusSeconds(7200))
                .build();
        when(views.find("case-1")).thenReturn(Optional.of(mailed));

        Document page = page(get("/staff/cases/case-1"), 200);

        assertThat(page.select("#attachments").text()).isEqualTo("2 bijlagen niet bewaard");
        assertThat(page.select("#timeline tr[data-type=SubmitterMessageAdded]")).hasSize(2);
        assertThat(page.select("#timeline tr[data-type=SubmitterMessageAdded]").first().text()).contains("Bericht van de indiener",
                "Re: FB-2026-0001 <b>dringend</b>", "Nog een vraag. <script>alert('x')</script>", "1 bijlage niet bewaard",
                "submitter (indiener)");
        assertThat(page.select("#timeline tr[data-type=SubmitterMessageAdded]").last().text()).contains("Bedankt!")
                .doesNotContain("bijlage");
        assertThat(page.select("#timeline script, #timeline b")).as("the submitter's words are text, not markup").isEmpty();
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void anUnknownCaseIsANotFoundPage() throws Exception {
        Document page = page(get("/staff/cases/nope"), 404);

        assertThat(page.select("h1").text()).isEqualTo("Niet gevonden");
        page(post("/staff/cases/nope/category").with(csrf()).param("version", "0").param("category", "SAFETY"), 404);
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    @WithMockUser(username = "staff", roles = "STAFF")
    void englishIsOneParameterAway() throws Exception {
        Document page = page(get("/staff/cases/case-1").param("lang", "en"), 200);

        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("#clock-handleBy").text()).contains("8 December 2026 at 11:00", "11 days left");
        assertThat(page.select("#form-handler h3").text()).isEqualTo("Assign the complaint handler");
        assertThat(page.select("a[hreflang=nl]").attr("href")).isEqualTo("/staff/cases/case-1?lang=nl");
    }
}
