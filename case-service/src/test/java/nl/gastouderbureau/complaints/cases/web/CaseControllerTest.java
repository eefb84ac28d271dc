package nl.gastouderbureau.complaints.cases.web;

import nl.gastouderbureau.complaints.cases.command.AssignHandlerCommand;
import nl.gastouderbureau.complaints.cases.command.CaseId;
import nl.gastouderbureau.complaints.cases.command.RecordDecisionCommand;
import nl.gastouderbureau.complaints.cases.command.RecordFeedbackResponseCommand;
import nl.gastouderbureau.complaints.cases.command.RecordPersonalContactCommand;
import nl.gastouderbureau.complaints.cases.query.CaseDossiers;
import nl.gastouderbureau.complaints.cases.query.CaseDossiers.CaseDossier;
import nl.gastouderbureau.complaints.cases.query.CasePage;
import nl.gastouderbureau.complaints.cases.query.CaseQuery;
import nl.gastouderbureau.complaints.cases.query.CaseStatus;
import nl.gastouderbureau.complaints.cases.query.CaseView;
import nl.gastouderbureau.complaints.cases.query.CaseViews;
import nl.gastouderbureau.complaints.events.Actor;
import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.ContactMethod;
import nl.gastouderbureau.complaints.events.FeedbackOutcome;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.Verdict;
import nl.gastouderbureau.complaints.support.config.PlatformConfiguration;
import nl.gastouderbureau.complaints.support.security.SecurityConfiguration;
import nl.gastouderbureau.complaints.support.web.RuleViolationException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest({CaseController.class, MyCaseController.class})
@ImportAutoConfiguration({SecurityConfiguration.class, PlatformConfiguration.class})
@Import({CaseCommands.class, CaseCommandProblems.class, CaseControllerTest.FixedClock.class})
class CaseControllerTest {

    static final Instant NOW = Instant.parse("2026-11-25T09:30:00Z");

    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private CaseViews views;

    @MockitoBean
    private CaseDossiers dossiers;

    @MockitoBean
    private CommandGateway commands;

    @MockitoBean
    private EventStore eventStore;

    @BeforeEach
    void cases() {
        when(views.find("case-1")).thenReturn(Optional.of(feedbackCase(3)));
        when(views.find("complaint-1")).thenReturn(Optional.of(complaint("client", 2)));
        when(views.find("nope")).thenReturn(Optional.empty());
    }

    @Test
    void staffReadACaseWithItsVersionAsETag() throws Exception {
        mvc.perform(get("/api/v1/cases/case-1").with(staff()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.id").value("case-1"))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.version").value(3))
                .andExpect(jsonPath("$.respondBy").value("2026-12-08T10:00:00Z"))
                .andExpect(jsonPath("$.handleBy").doesNotExist())
                .andExpect(jsonPath("$.handlerId").isEmpty())
                .andExpect(jsonPath("$.correctiveActions").isArray())
                .andExpect(jsonPath("$.timeline[0].type").value("FeedbackCaseOpened"))
                .andExpect(jsonPath("$.timeline[0].at").value("2026-11-24T10:00:01Z"))
                .andExpect(jsonPath("$.timeline[0].actor").value("submitter"))
                .andExpect(jsonPath("$.timeline[0].role").value("SUBMITTER"));
    }

    @Test
    void anUnknownCaseIsAProblem() throws Exception {
        mvc.perform(get("/api/v1/cases/nope").with(staff()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void onlyStaffReadAndChangeCases() throws Exception {
        mvc.perform(get("/api/v1/cases/case-1")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/cases").with(httpBasic("client", "client"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases/case-1").with(httpBasic("manager", "manager"))).andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/cases/case-1/handler"), "{\"handlerId\":\"henk\"}").with(httpBasic("client", "client")))
                .andExpect(status().isForbidden());
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void staffListCasesByFilterAndPage() throws Exception {
        when(views.search(any())).thenReturn(new CasePage<>(List.of(feedbackCase(3)), 41));

        mvc.perform(get("/api/v1/cases").with(staff())
                        .param("status", "open").param("kind", "TIP").param("category", "SAFETY").param("overdue", "true")
                        .param("handler", "henk").param("text", "hek").param("page", "2").param("size", "20"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(41))
                .andExpect(jsonPath("$.items[0].id").value("case-1"));

        ArgumentCaptor<CaseQuery> query = ArgumentCaptor.forClass(CaseQuery.class);
        verify(views).search(query.capture());
        assertThat(query.getValue()).isEqualTo(new CaseQuery(CaseStatus.OPEN, SubmissionKind.TIP, Category.SAFETY, true,
                "henk", "hek", 2, 20));
    }

    @Test
    void aListWithBadFiltersNamesEachOne() throws Exception {
        mvc.perform(get("/api/v1/cases").with(staff())
                        .param("status", "LOST").param("overdue", "maybe").param("size", "1000"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("status", "overdue", "size")));
    }

    @Test
    void aFeedbackResponseIsSentAsTheStaffMemberAndAnsweredWithTheCaseAtItsNewVersion() throws Exception {
        when(eventStore.lastSequenceNumberFor("case-1")).thenReturn(Optional.of(4L));
        when(views.awaitVersion(eq("case-1"), eq(4L), any())).thenReturn(Optional.of(feedbackCase(4)));

        mvc.perform(json(post("/api/v1/cases/case-1/feedback-response"), "{\"outcome\":\"ADOPTED\",\"message\":\" Goed idee \"}")
                        .with(staff()).header("If-Match", "\"3\""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"4\""))
                .andExpect(jsonPath("$.version").value(4));

        verify(commands).sendAndWait(new RecordFeedbackResponseCommand(new CaseId("case-1"), FeedbackOutcome.ADOPTED,
                "Goed idee", 3L, new Actor("staff", Actor.STAFF), NOW));
    }

    @Test
    void ifMatchMayBeABareNumberOrBeLeftOut() throws Exception {
        when(eventStore.lastSequenceNumberFor("complaint-1")).thenReturn(Optional.of(3L));
        when(views.awaitVersion(eq("complaint-1"), eq(3L), any())).thenReturn(Optional.of(complaint("client", 3)));

        mvc.perform(json(post("/api/v1/cases/complaint-1/handler"), "{\"handlerId\":\"henk\"}").with(staff()).header("If-Match", "2"))
                .andExpect(status().isOk());
        mvc.perform(json(post("/api/v1/cases/complaint-1/handler"), "{\"handlerId\":\"henk\"}").with(staff()))
                .andExpect(status().isOk());

        verify(commands).sendAndWait(new AssignHandlerCommand(new CaseId("complaint-1"), "henk", 2L, new Actor("staff", Actor.STAFF), NOW));
        verify(commands).sendAndWait(new AssignHandlerCommand(new CaseId("complaint-1"), "henk", null, new Actor("staff", Actor.STAFF), NOW));
    }

    @Test
    void anUnreadableIfMatchIsABadRequest() throws Exception {
        mvc.perform(json(post("/api/v1/cases/complaint-1/handler"), "{\"handlerId\":\"henk\"}").with(staff()).header("If-Match", "\"two\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
    }

    @Test
    void aDecisionNamesEveryBadFieldIncludingThoseOfItsActions() throws Exception {
        mvc.perform(json(post("/api/v1/cases/complaint-1/decision"),
                        "{\"verdict\":\"GUILTY\",\"reasoning\":\"\",\"correctiveActions\":[{\"description\":\"Beter\",\"owner\":\"\",\"dueOn\":\"31-12-2026\"}]}")
                        .with(staff()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "verdict", "reasoning", "correctiveActions[0].owner", "correctiveActions[0].dueOn")));
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void aDecisionGivesEachCorrectiveActionAnId() throws Exception {
        when(eventStore.lastSequenceNumberFor("complaint-1")).thenReturn(Optional.of(3L));
        when(views.awaitVersion(eq("complaint-1"), eq(3L), any())).thenReturn(Optional.of(complaint("client", 3)));

        mvc.perform(json(post("/api/v1/cases/complaint-1/decision"),
                        "{\"verdict\":\"WELL_FOUNDED\",\"reasoning\":\"Terecht\",\"correctiveActions\":[{\"description\":\"Beter\",\"owner\":\"Henk\",\"dueOn\":\"2026-12-31\"}]}")
                        .with(staff()).header("If-Match", "\"2\""))
                .andExpect(status().isOk());

        ArgumentCaptor<RecordDecisionCommand> sent = ArgumentCaptor.forClass(RecordDecisionCommand.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue().verdict()).isEqualTo(Verdict.WELL_FOUNDED);
        assertThat(sent.getValue().correctiveActions()).singleElement().satisfies(action -> {
            assertThat(action.id()).isNotBlank();
            assertThat(action.dueOn()).isEqualTo(LocalDate.parse("2026-12-31"));
        });
    }

    @Test
    void aRefusedCommandIsAConflictNamingTheRule() throws Exception {
        when(commands.sendAndWait(any())).thenThrow(new RuleViolationException("HANDLER_IS_INVOLVED", "De behandelaar is bij de klacht betrokken"));

        mvc.perform(json(post("/api/v1/cases/complaint-1/handler"), "{\"handlerId\":\"marieke\"}").with(staff()))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("HANDLER_IS_INVOLVED"));
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        when(commands.sendAndWait(any())).thenThrow(new ConflictingAggregateVersionException("complaint-1", 1, 2));

        mvc.perform(json(post("/api/v1/cases/complaint-1/category"), "{\"category\":\"SAFETY\"}").with(staff()).header("If-Match", "\"1\""))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("VERSION_CONFLICT"))
                .andExpect(jsonPath("$.currentVersion").value(2));
    }

    @Test
    void aCommandOnAnUnknownCaseIsNotFound() throws Exception {
        when(commands.sendAndWait(any())).thenThrow(new AggregateNotFoundException("nope", "not found"));

        mvc.perform(json(post("/api/v1/cases/nope/category"), "{\"category\":\"SAFETY\"}").with(staff()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aCommandTheProjectionDoesNotShowInTimeIsAcceptedWithItsVersion() throws Exception {
        when(eventStore.lastSequenceNumberFor("case-1")).thenReturn(Optional.of(4L));
        when(views.awaitVersion(eq("case-1"), anyLong(), any())).thenReturn(Optional.empty());

        mvc.perform(json(post("/api/v1/cases/case-1/category"), "{\"category\":\"SAFETY\"}").with(staff()))
                .andExpect(status().isAccepted())
                .andExpect(header().string("ETag", "\"4\""))
                .andExpect(jsonPath("$.version").value(4));
    }

    @Test
    void everyStaffCommandChecksItsPayload() throws Exception {
        expectBadField("/api/v1/cases/case-1/feedback-response", "{\"outcome\":\"MAYBE\",\"message\":\"x\"}", "outcome");
        expectBadField("/api/v1/cases/case-1/conversation", "{\"heldOn\":\"gisteren\",\"outcome\":\"RESOLVED\",\"summary\":\"x\"}", "heldOn");
        expectBadField("/api/v1/cases/case-1/handler", "{}", "handlerId");
        expectBadField("/api/v1/cases/case-1/extension", "{\"newHandleBy\":\"2026-12-22\",\"reason\":\"x\"}", "newHandleBy");
        expectBadField("/api/v1/cases/case-1/category", "{\"category\":\"WEATHER\"}", "category");
        expectBadField("/api/v1/cases/case-1/disputes-committee-ruling", "{\"ruling\":\"\",\"receivedOn\":\"2027-02-01\"}", "ruling");
        expectBadField("/api/v1/cases/case-1/corrective-actions/a-1/completion", "{\"note\":\"" + "x".repeat(2001) + "\"}", "note");
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void aContactIsRecordedAsTheStaffMemberAtTheVersionInIfMatch() throws Exception {
        when(eventStore.lastSequenceNumberFor("case-1")).thenReturn(Optional.of(4L));
        when(views.awaitVersion(eq("case-1"), eq(4L), any())).thenReturn(Optional.of(feedbackCase(4)));

        mvc.perform(json(post("/api/v1/cases/case-1/contact"),
                        "{\"contactedOn\":\"2026-11-25\",\"how\":\"PHONE\",\"summary\":\" Gebeld over het hek \"}")
                        .with(staff()).header("If-Match", "W/\"3\""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"4\""))
                .andExpect(jsonPath("$.version").value(4));

        verify(commands).sendAndWait(new RecordPersonalContactCommand(new CaseId("case-1"), LocalDate.parse("2026-11-25"),
                ContactMethod.PHONE, "Gebeld over het hek", 3L, new Actor("staff", Actor.STAFF), NOW));
    }

    @Test
    void aContactNamesEveryBadField() throws Exception {
        mvc.perform(json(post("/api/v1/cases/case-1/contact"), "{\"contactedOn\":\"25-11-2026\",\"how\":\"EMAIL\",\"summary\":\"\"}")
                        .with(staff()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("contactedOn", "how", "summary")));
        mvc.perform(json(post("/api/v1/cases/case-1/contact"), "{}").with(staff()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("contactedOn", "how", "summary")));
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void aContactIsRecordedOnceItTookPlaceNotBefore() throws Exception {
        // NOW is 25 November in Amsterdam: the 26th has not happened yet.
        mvc.perform(json(post("/api/v1/cases/case-1/contact"), "{\"contactedOn\":\"2026-11-26\",\"how\":\"MEETING\",\"summary\":\"x\"}")
                        .with(staff()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contactedOn"));
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void aContactWithAStaleOrUnreadableVersionChangesNothing() throws Exception {
        String body = "{\"contactedOn\":\"2026-11-25\",\"how\":\"PHONE\",\"summary\":\"Gebeld\"}";
        mvc.perform(json(post("/api/v1/cases/case-1/contact"), body).with(staff()).header("If-Match", "three"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
        verify(commands, never()).sendAndWait(any());

        when(commands.sendAndWait(any())).thenThrow(new ConflictingAggregateVersionException("case-1", 2, 3));
        mvc.perform(json(post("/api/v1/cases/case-1/contact"), body).with(staff()).header("If-Match", "\"2\""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("VERSION_CONFLICT"))
                .andExpect(jsonPath("$.currentVersion").value(3));
    }

    @Test
    void aContactBeforeTheCaseIsRefusedByItsRule() throws Exception {
        when(commands.sendAndWait(any())).thenThrow(new RuleViolationException("CONTACT_BEFORE_RECEIPT", "Te vroeg"));

        mvc.perform(json(post("/api/v1/cases/case-1/contact"), "{\"contactedOn\":\"2026-11-01\",\"how\":\"PHONE\",\"summary\":\"x\"}")
                        .with(staff()))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("CONTACT_BEFORE_RECEIPT"));
    }

    @Test
    void onlyStaffRecordAContact() throws Exception {
        mvc.perform(json(post("/api/v1/cases/case-1/contact"), "{\"contactedOn\":\"2026-11-25\",\"how\":\"PHONE\",\"summary\":\"x\"}")
                        .with(client()))
                .andExpect(status().isForbidden());
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void staffListTheOpenContactTasks() throws Exception {
        when(views.search(any())).thenReturn(new CasePage<>(List.of(contactCase()), 1));

        mvc.perform(get("/api/v1/cases").with(staff()).param("contactRequested", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].personalContact.open").value(true))
                .andExpect(jsonPath("$.items[0].personalContact.contactBy").value("2026-11-26T10:00:00Z"));

        ArgumentCaptor<CaseQuery> query = ArgumentCaptor.forClass(CaseQuery.class);
        verify(views).search(query.capture());
        assertThat(query.getValue()).isEqualTo(new CaseQuery(null, null, null, null, true, null, null, 0, 20));

        mvc.perform(get("/api/v1/cases").with(staff()).param("contactRequested", "soon"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contactRequested"));
    }

    @Test
    void staffReadTheContactTaskTheAttachmentsAndTheSubmittersMail() throws Exception {
        when(views.find("case-1")).thenReturn(Optional.of(contactCase()));

        mvc.perform(get("/api/v1/cases/case-1").with(staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.attachmentCount").value(2))
                .andExpect(jsonPath("$.overdue").value(true))
                .andExpect(jsonPath("$.personalContact.requestedAt").value("2026-11-24T10:00:00Z"))
                .andExpect(jsonPath("$.personalContact.overdue").value(true))
                .andExpect(jsonPath("$.personalContact.contactedOn").isEmpty())
                .andExpect(jsonPath("$.timeline[0].subject").doesNotExist())
                .andExpect(jsonPath("$.timeline[1].type").value("SubmitterMessageAdded"))
                .andExpect(jsonPath("$.timeline[1].actor").value("submitter"))
                .andExpect(jsonPath("$.timeline[1].subject").value("Re: [FB-2026-0001]"))
                .andExpect(jsonPath("$.timeline[1].message").value("Bel me gerust"))
                .andExpect(jsonPath("$.timeline[1].attachmentCount").value(1));
    }

    @Test
    void aClientSeesThatTheyWroteButNotWhatInTheirTimeline() throws Exception {
        CaseView informal = new CaseView("informal-1", "KL-2026-0003", "INFORMAL_COMPLAINT", CaseStatus.INFORMAL, 1,
                null, null, null, null, false, false, null, null, null, List.of(),
                List.of(new CaseView.TimelineEntry("InformalComplaintRegistered", Instant.parse("2026-11-24T10:00:00Z"), "staff", "STAFF"),
                        new CaseView.TimelineEntry("SubmitterMessageAdded", Instant.parse("2026-11-25T08:00:00Z"), "submitter",
                                "SUBMITTER", "Re: [KL-2026-0003]", "Mijn aanvulling", 0)),
                null, "PHONE", "PARENT", "client", "Niet teruggebeld", Instant.parse("2026-11-24T10:00:00Z"),
                null, null, null, null, null, null, null,
                new CaseView.PersonalContact(null, null, false, false, false, LocalDate.parse("2026-11-25"), "PHONE", "Intern verslag"), 0);
        when(views.find("informal-1")).thenReturn(Optional.of(informal));

        mvc.perform(get("/api/v1/my/cases/informal-1").with(client()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.timeline[1].type").value("SubmitterMessageAdded"))
                .andExpect(jsonPath("$.timeline[1].role").value("SUBMITTER"))
                .andExpect(jsonPath("$.timeline[1].message").doesNotExist())
                .andExpect(jsonPath("$.timeline[1].subject").doesNotExist())
                .andExpect(jsonPath("$.personalContact").doesNotExist())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Intern verslag"))));
    }

    @Test
    void theDossierShowsTheContactTaskAndTheSubmittersMailEscaped() throws Exception {
        CaseView withMail = contactCase();
        List<CaseView.TimelineEntry> timeline = List.of(withMail.timeline().get(0),
                new CaseView.TimelineEntry("SubmitterMessageAdded", Instant.parse("2026-11-25T08:00:00Z"), "submitter",
                        "SUBMITTER", "Re: <i>hek</i>", "Bel me <b>gerust</b>", 1));
        CaseView dossierCase = new CaseView(withMail.id(), withMail.reference(), withMail.kind(), withMail.status(),
                withMail.version(), withMail.respondBy(), null, null, null, true, false, null, null, null, List.of(), timeline,
                null, "EMAIL", "PARENT", null, "Graag contact", withMail.receivedAt(), null, null, null, null, null, null,
                null, withMail.personalContact(), 2);
        when(dossiers.of("case-1")).thenReturn(Optional.of(new CaseDossier(dossierCase, NOW)));

        mvc.perform(get("/api/v1/cases/case-1/dossier").with(staff()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Persoonlijk contact")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("nog niet gelegd, termijn verstreken")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Bericht van de indiener ontvangen")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Bel me &lt;b&gt;gerust&lt;/b&gt;")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Re: &lt;i&gt;hek&lt;/i&gt;")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<b>gerust"))));
    }

    @Test
    void theDossierPrintsAsEscapedDutchHtml() throws Exception {
        CaseView complaint = complaint("client", 2);
        when(dossiers.of("complaint-1")).thenReturn(Optional.of(new CaseDossier(complaint, NOW)));

        mvc.perform(get("/api/v1/cases/complaint-1/dossier").with(staff()).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Formele klacht ingediend")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("&lt;script&gt;")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script>"))));
        mvc.perform(get("/api/v1/cases/complaint-1/dossier").with(staff()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseView.reference").value("KL-2026-0001"))
                .andExpect(jsonPath("$.generatedAt").value("2026-11-25T09:30:00Z"));
        mvc.perform(get("/api/v1/cases/nope/dossier").with(staff())).andExpect(status().isNotFound());
    }

    @Test
    void aClientReadsOnlyTheirOwnCasesWithoutInternalDetails() throws Exception {
        when(views.ofClient("client")).thenReturn(List.of(complaint("client", 2)));

        mvc.perform(get("/api/v1/my/cases").with(client()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value("complaint-1"));
        mvc.perform(get("/api/v1/my/cases/complaint-1").with(client()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.subject").value("Overdracht <script>"))
                .andExpect(jsonPath("$.handlerId").doesNotExist())
                .andExpect(jsonPath("$.involvedEmployee").doesNotExist())
                .andExpect(jsonPath("$.correctiveActions[0].owner").doesNotExist())
                .andExpect(jsonPath("$.timeline[1].actor").doesNotExist())
                .andExpect(jsonPath("$.timeline[1].role").value("STAFF"));
    }

    @Test
    void anotherClientsCaseIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/my/cases/complaint-1").with(httpBasic("client2", "client2")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(json(post("/api/v1/my/cases/complaint-1/satisfaction"), "{\"satisfied\":true}").with(httpBasic("client2", "client2")))
                .andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/my/cases/complaint-1/disputes-committee-referral"), "{}").with(httpBasic("client2", "client2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/my/cases/nope").with(client())).andExpect(status().isNotFound());
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void onlyClientsUseTheClientApi() throws Exception {
        mvc.perform(get("/api/v1/my/cases")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/my/cases").with(staff())).andExpect(status().isForbidden());
    }

    @Test
    void aClientAnswersTheDecisionAsThemselves() throws Exception {
        when(eventStore.lastSequenceNumberFor("complaint-1")).thenReturn(Optional.of(3L));
        when(views.awaitVersion(eq("complaint-1"), eq(3L), any())).thenReturn(Optional.of(complaint("client", 3)));

        mvc.perform(json(post("/api/v1/my/cases/complaint-1/satisfaction"), "{\"satisfied\":false,\"comment\":\"Jammer\"}")
                        .with(client()).header("If-Match", "\"2\""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.version").value(3))
                .andExpect(jsonPath("$.handlerId").doesNotExist());

        verify(commands).sendAndWait(new nl.gastouderbureau.complaints.cases.command.RecordSatisfactionCommand(
                new CaseId("complaint-1"), false, "Jammer", 2L, new Actor("client", Actor.CLIENT), NOW));
    }

    @Test
    void aReferralWithoutADateIsDatedTodayAndARefusalNamesItsRule() throws Exception {
        when(commands.sendAndWait(any())).thenThrow(new RuleViolationException("REFERRAL_NOT_ALLOWED", "Nog niet"));

        mvc.perform(json(post("/api/v1/my/cases/complaint-1/disputes-committee-referral"), "{\"committeeReference\":null}").with(client()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("REFERRAL_NOT_ALLOWED"));

        verify(commands).sendAndWait(new nl.gastouderbureau.complaints.cases.command.ReferToDisputesCommitteeCommand(
                new CaseId("complaint-1"), LocalDate.parse("2026-11-25"), null, null, new Actor("client", Actor.CLIENT), NOW));
    }

    @Test
    void aSatisfactionAnswerMustSayYesOrNo() throws Exception {
        mvc.perform(json(post("/api/v1/my/cases/complaint-1/satisfaction"), "{\"comment\":\"hm\"}").with(client()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("satisfied"));
        mvc.perform(json(post("/api/v1/my/cases/complaint-1/disputes-committee-referral"), "{\"referredOn\":\"morgen\"}").with(client()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("referredOn"));
    }

    private void expectBadField(String path, String body, String field) throws Exception {
        mvc.perform(json(post(path), body).with(staff()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor staff() {
        return httpBasic("staff", "staff");
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor client() {
        return httpBasic("client", "client");
    }

    private static CaseView feedbackCase(long version) {
        return new CaseView("case-1", "FB-2026-0001", "IDEA", CaseStatus.OPEN, version,
                Instant.parse("2026-12-08T10:00:00Z"), null, null, null, false, false, null, null, null, List.of(),
                List.of(new CaseView.TimelineEntry("FeedbackCaseOpened", Instant.parse("2026-11-24T10:00:01Z"), "submitter", "SUBMITTER")),
                null, "WEB_FORM", "PARENT", null, "Een idee", Instant.parse("2026-11-24T10:00:00Z"),
                null, null, null, null, null, null, null);
    }

    private static CaseView contactCase() {
        return new CaseView("case-1", "FB-2026-0001", "REMARK", CaseStatus.OPEN, 2,
                Instant.parse("2026-12-08T10:00:00Z"), null, null, null, true, false, null, null, null, List.of(),
                List.of(new CaseView.TimelineEntry("FeedbackCaseOpened", Instant.parse("2026-11-24T10:00:01Z"), "submitter", "SUBMITTER"),
                        new CaseView.TimelineEntry("SubmitterMessageAdded", Instant.parse("2026-11-25T08:00:00Z"), "submitter",
                                "SUBMITTER", "Re: [FB-2026-0001]", "Bel me gerust", 1)),
                null, "EMAIL", "PARENT", null, "Graag contact", Instant.parse("2026-11-24T10:00:00Z"),
                null, null, null, null, null, null, null,
                new CaseView.PersonalContact(Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-11-26T10:00:00Z"),
                        true, true, false, null, null, null), 2);
    }

    private static CaseView complaint(String clientAccount, long version) {
        Instant filedAt = Instant.parse("2026-11-24T12:00:00Z");
        return new CaseView("complaint-1", "KL-2026-0001", "COMPLAINT", CaseStatus.DECIDED, version,
                null, Instant.parse("2026-12-08T12:00:00Z"), Instant.parse("2027-01-05T12:00:00Z"), null, false, false,
                "henk", "WELL_FOUNDED", "Terecht",
                List.of(new CaseView.CorrectiveAction("a-1", "Beter overdragen", "Henk", LocalDate.parse("2026-12-31"), false, false, null, null)),
                List.of(new CaseView.TimelineEntry("ComplaintFiled", filedAt, clientAccount, "CLIENT"),
                        new CaseView.TimelineEntry("ComplaintDecided", filedAt.plusSeconds(3600), "henk", "STAFF")),
                "CARE_QUALITY", "WEB_FORM", null, clientAccount, null, filedAt,
                new CaseView.Complaint("Overdracht <script>", "Niets doorgegeven", "Marieke", LocalDate.parse("2026-11-20"), "Beter", null),
                null, null, null, null, null, null);
    }
}
