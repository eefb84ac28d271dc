package nl.gastouderbureau.complaints.notification.mail;

import nl.gastouderbureau.complaints.events.Actor;
import nl.gastouderbureau.complaints.events.FeedbackOutcome;
import nl.gastouderbureau.complaints.events.FeedbackResponseRecorded;
import nl.gastouderbureau.complaints.events.Language;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackResponseTemplateTest {

    private final FeedbackResponseTemplate template = new FeedbackResponseTemplate(MailSettings.defaults());

    @Test
    void givesTheOutcomeInWordsAndTheStaffMessageInDutch() {
        RenderedMail mail = template.render(new Addressee("FB-2026-0117", Language.NL, "Oma Jansen"),
                response(FeedbackOutcome.PLANNED, "Vanaf januari komt er een nieuwsbrief.", false));

        assertThat(mail.subject()).isEqualTo("[FB-2026-0117] Onze reactie op uw feedback");
        assertThat(mail.plainText())
                .startsWith("Beste Oma Jansen,")
                .contains("kenmerk FB-2026-0117")
                .contains("Uitkomst: We gaan ermee aan de slag; het staat op onze planning.")
                .contains("Onze toelichting")
                .contains("> Vanaf januari komt er een nieuwsbrief.")
                .doesNotContain("later");
    }

    @Test
    void writesEnglishAndApologisesForALateResponse() {
        RenderedMail mail = template.render(new Addressee("FB-2026-0117", Language.EN, null),
                response(FeedbackOutcome.NOT_ADOPTED, "Not possible this year.", true));

        assertThat(mail.subject()).isEqualTo("[FB-2026-0117] Our response to your feedback");
        assertThat(mail.plainText())
                .startsWith("Dear Sir or Madam,")
                .contains("Outcome: We are not adopting your suggestion.")
                .contains("We are sorry that our response comes later than we promised.")
                .contains("> Not possible this year.");
    }

    @Test
    void namesEveryOutcomeInBothLanguages() {
        for (FeedbackOutcome outcome : FeedbackOutcome.values()) {
            assertThat(FeedbackResponseTemplate.dutch(outcome)).isNotBlank();
            assertThat(FeedbackResponseTemplate.english(outcome)).isNotBlank();
        }
    }

    @Test
    void escapesTheMessageAndNameInTheHtml() {
        RenderedMail mail = template.render(new Addressee("FB-1", Language.NL, "<b>Jan</b>"),
                response(FeedbackOutcome.NOTED, "<a href=\"x\">klik</a> & meer", false));

        assertThat(mail.html()).doesNotContain("<a href=\"x\">").doesNotContain("<b>Jan</b>")
                .contains("&lt;a href=&quot;x&quot;&gt;klik&lt;/a&gt; &amp; meer");
    }

    private static FeedbackResponseRecorded response(FeedbackOutcome outcome, String message, boolean late) {
        return new FeedbackResponseRecorded("case-1", outcome, message, late, new Actor("staff", Actor.STAFF),
                Instant.parse("2026-12-01T10:00:00Z"));
    }
}
