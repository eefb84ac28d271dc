package nl.gastouderbureau.complaints.intake.pages;

import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.intake.config.IntakeConfiguration;
import nl.gastouderbureau.complaints.intake.submission.Accepted;
import nl.gastouderbureau.complaints.intake.submission.IdempotencyKey;
import nl.gastouderbureau.complaints.intake.submission.NewSubmission;
import nl.gastouderbureau.complaints.intake.submission.Submissions;
import nl.gastouderbureau.complaints.support.config.PlatformConfiguration;
import nl.gastouderbureau.complaints.support.security.SecurityConfiguration;
import nl.gastouderbureau.complaints.support.web.WebSupportConfiguration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff form in the web slice: the real security chains, templates, messages and the API's
 * path ({@code IntakeApi}, idempotency keys), with only the acceptance itself stubbed.
 */
@WebMvcTest(controllers = StaffSubmissionPages.class, properties = "complaints.pages.case-url=http://cases.example:9082",
        includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
                pattern = "nl\\.gastouderbureau\\.complaints\\.intake\\.(web\\.(IntakeApi|IdempotencyKeys|FeedbackRateLimit)|pages\\.FormSubmission)"))
@ImportAutoConfiguration({SecurityConfiguration.class, PlatformConfiguration.class, WebSupportConfiguration.class})
@Import(IntakeConfiguration.class)
@WithMockUser(username = "staff", roles = "STAFF")
class StaffSubmissionPagesTest {

    private static final String PATH = "/staff/submissions/new";

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private Submissions submissions;

    @Test
    void staffGetTheFormInDutchWithEveryKindAndChannelAndAFreshKey() throws Exception {
        Document page = page(get(PATH), 200);

        assertThat(page.select("html").attr("lang")).isEqualTo("nl");
        assertThat(page.select("h1").text()).isEqualTo("Melding vastleggen");
        assertThat(page.select("input[name=kind]").eachAttr("value"))
                .containsExactly("INFORMAL_COMPLAINT", "IDEA", "TIP", "REMARK");
        assertThat(page.select("input[name=channel]").eachAttr("value")).containsExactly("PHONE", "EMAIL", "MEETING");
        assertThat(page.select("label[for=kind-INFORMAL_COMPLAINT]").text()).isEqualTo("Informele klacht");
        assertThat(page.select("input[name=submissionKey]").val()).isNotBlank();
        assertThat(page.select("input[name=_csrf]").val()).isNotBlank();
        assertThat(page.select("#language option[selected]").val()).isEqualTo("NL");
        assertThat(page(get(PATH), 200).select("input[name=submissionKey]").val())
                .isNotEqualTo(page.select("input[name=submissionKey]").val());
    }

    @Test
    void englishIsOneParameterAway() throws Exception {
        Document page = page(get(PATH).param("lang", "en"), 200);

        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("h1").text()).isEqualTo("Record a submission");
        assertThat(page.select("label[for=clientAccount]").text()).isEqualTo("Client's account");
    }

    @Test
    @WithMockUser(username = "client", roles = "CLIENT")
    void clientsDoNotReachTheStaffForm() throws Exception {
        mvc.perform(get(PATH)).andExpect(status().isForbidden());
        mvc.perform(informalComplaint().param("clientAccount", "client")).andExpect(status().isForbidden());
        verify(submissions, never()).accept(any(), any(), any());
    }

    @Test
    @WithAnonymousUser
    void aVisitorWhoIsNotLoggedInIsSentToTheLogin() throws Exception {
        mvc.perform(get(PATH)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post(PATH).param("kind", "IDEA").param("channel", "PHONE").param("submitterRole", "PARENT")
                        .param("message", "Meer uitjes"))
                .andExpect(status().isForbidden());
        verify(submissions, never()).accept(any(), any(), any());
    }

    @Test
    void anInformalComplaintWithoutTheClientsAccountIsRefusedBesideThatField() throws Exception {
        Document page = page(informalComplaint(), 400);

        assertThat(page.select("#error-summary a").eachAttr("href")).containsExactly("#clientAccount");
        assertThat(page.select("#clientAccount-error").text())
                .contains("Vul bij een informele klacht het account van de klant in");
        assertThat(page.select("#clientAccount").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#clientAccount").attr("aria-describedby")).isEqualTo("clientAccount-hint clientAccount-error");
        assertThat(page.select("#message").text()).isEqualTo("Ouder belde: de gastouder was drie keer te laat.");
        assertThat(page.select("#kind-INFORMAL_COMPLAINT").hasAttr("checked")).isTrue();
        assertThat(page.select("#channel-PHONE").hasAttr("checked")).isTrue();
        verify(submissions, never()).accept(any(), any(), any());
    }

    @Test
    void anEmptyFormNamesEveryRequiredFieldInTheStaffsWords() throws Exception {
        Document page = page(post(PATH).with(csrf()).param("submissionKey", "k-1").param("language", "NL"), 400);

        assertThat(page.select("#error-summary a").eachAttr("href"))
                .containsExactly("#kind", "#channel", "#submitterRole", "#message");
        assertThat(page.select("#kind-error").text()).contains("informele klacht, idee, tip of opmerking");
        assertThat(page.select("#kind").attr("aria-describedby")).isEqualTo("kind-error");
        assertThat(page.select("#channel-error").text()).contains("telefoon, e-mail of gesprek");
        assertThat(page.select("#submitterRole-error").text()).contains("Kies wie de indiener is.");
        assertThat(page.select("#message-error").text()).contains("Schrijf op wat er werd gemeld");
        assertThat(page.select("#clientAccount-error")).isEmpty();
        assertThat(page.select("input[name=submissionKey]").val()).isEqualTo("k-1");
    }

    @Test
    void personalContactWithoutAWayToReachTheSubmitterIsRefusedBesideTheEmailAddress() throws Exception {
        Document page = page(post(PATH).with(csrf()).param("kind", "TIP").param("channel", "MEETING")
                .param("submitterRole", "HOST_PARENT").param("message", "Een tip").param("wantsPersonalContact", "true")
                .param("submissionKey", "k-2"), 400);

        assertThat(page.select("#email-error").text()).contains("contact met de indiener");
        assertThat(page.select("#email").attr("aria-describedby")).isEqualTo("email-error");
        assertThat(page.select("#wantsPersonalContact").hasAttr("checked")).isTrue();
    }

    @Test
    void aRecordedInformalComplaintShowsItsReferenceAndLeadsToTheCase() throws Exception {
        when(submissions.accept(any(), any(), any()))
                .thenReturn(new Accepted("3f2a1c9e-0000-4000-8000-000000000001", "KL-2026-0042", SubmissionKind.INFORMAL_COMPLAINT, null));

        Document page = page(informalComplaint().param("clientAccount", "client").param("language", "EN")
                .param("name", "Anna de Vries").param("phone", "06 1234 5678"), 200);

        assertThat(page.select("h1").text()).isEqualTo("De melding is vastgelegd");
        assertThat(page.select("#reference").text()).isEqualTo("KL-2026-0042");
        assertThat(page.select("#answer-by")).isEmpty();
        assertThat(page.select("#case-link").attr("href"))
                .isEqualTo("http://cases.example:9082/staff/cases/3f2a1c9e-0000-4000-8000-000000000001");

        ArgumentCaptor<NewSubmission> submission = ArgumentCaptor.forClass(NewSubmission.class);
        ArgumentCaptor<IdempotencyKey> key = ArgumentCaptor.forClass(IdempotencyKey.class);
        verify(submissions).accept(submission.capture(), key.capture(), any());
        assertThat(submission.getValue()).satisfies(s -> {
            assertThat(s.kind()).isEqualTo(SubmissionKind.INFORMAL_COMPLAINT);
            assertThat(s.channel()).isEqualTo(Channel.PHONE);
            assertThat(s.submitterRole()).isEqualTo(SubmitterRole.PARENT);
            assertThat(s.clientAccount()).isEqualTo("client");
            assertThat(s.language()).isEqualTo(Language.EN);
            assertThat(s.contact().phone()).isEqualTo("06 1234 5678");
        });
        assertThat(key.getValue().caller()).isEqualTo("staff");
        assertThat(key.getValue().key()).isEqualTo("form-key-1");
    }

    @Test
    void recordedFeedbackShowsWhenTheSubmitterWillHaveTheAnswer() throws Exception {
        when(submissions.accept(any(), any(), any())).thenReturn(new Accepted("3f2a1c9e-0000-4000-8000-000000000002",
                "FB-2026-0117", SubmissionKind.IDEA, Instant.parse("2026-12-08T10:00:00Z")));

        Document page = page(post(PATH).with(csrf()).param("kind", "IDEA").param("channel", "EMAIL")
                .param("submitterRole", "GRANDPARENT").param("message", "Een nieuwsbrief").param("submissionKey", "k-3"), 200);

        assertThat(page.select("#reference").text()).isEqualTo("FB-2026-0117");
        assertThat(page.select("#answer-by").text()).isEqualTo("8 december 2026");
    }

    private MockHttpServletRequestBuilder informalComplaint() {
        return post(PATH).with(csrf()).param("kind", "INFORMAL_COMPLAINT").param("channel", "PHONE")
                .param("submitterRole", "PARENT").param("message", "Ouder belde: de gastouder was drie keer te laat.")
                .param("submissionKey", "form-key-1");
    }

    private Document page(RequestBuilder request, int status) throws Exception {
        String html = mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
        assertThat(html).as("every message found").doesNotContain("??");
        return Jsoup.parse(html);
    }
}
