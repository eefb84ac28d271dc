package nl.gastouderbureau.complaints.cases.web;

import nl.gastouderbureau.complaints.cases.query.CaseStatus;
import nl.gastouderbureau.complaints.cases.query.CaseView;
import nl.gastouderbureau.complaints.cases.query.CaseView.TimelineEntry;
import nl.gastouderbureau.complaints.cases.query.CaseViews;
import nl.gastouderbureau.complaints.support.config.PlatformConfiguration;
import nl.gastouderbureau.complaints.support.security.SecurityConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(CaseController.class)
@ImportAutoConfiguration({SecurityConfiguration.class, PlatformConfiguration.class})
class CaseControllerTest {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private CaseViews views;

    @Test
    void staffReadACaseWithItsVersionAsETag() throws Exception {
        when(views.find("case-1")).thenReturn(Optional.of(feedbackCase()));

        mvc.perform(get("/api/v1/cases/case-1").with(httpBasic("staff", "staff")))
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
                .andExpect(jsonPath("$.timeline[0].at").value("2026-11-24T10:00:01Z"));
    }

    @Test
    void anUnknownCaseIsAProblem() throws Exception {
        when(views.find("nope")).thenReturn(Optional.empty());

        mvc.perform(get("/api/v1/cases/nope").with(httpBasic("staff", "staff")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void onlyStaffReadCases() throws Exception {
        mvc.perform(get("/api/v1/cases/case-1")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/cases/case-1").with(httpBasic("client", "client"))).andExpect(status().isForbidden());
    }

    private static CaseView feedbackCase() {
        return new CaseView("case-1", "FB-2026-0001", "IDEA", CaseStatus.OPEN, 3,
                Instant.parse("2026-12-08T10:00:00Z"), null, false, null, null, List.of(),
                List.of(new TimelineEntry("FeedbackCaseOpened", Instant.parse("2026-11-24T10:00:01Z"), "submitter")),
                null, "WEB_FORM", "PARENT", "Een idee", Instant.parse("2026-11-24T10:00:00Z"));
    }
}
