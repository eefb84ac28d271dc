package nl.gastouderbureau.complaints.notification.mail;

import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.Contact;
import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AcknowledgementTemplateTest {

    private final AcknowledgementTemplate template = new AcknowledgementTemplate(MailSettings.defaults());

    @Test
    void writesDutchWhenNoLanguageWasChosen() {
        RenderedMail mail = template.render(feedback(null, "Oma Jansen", "Een nieuwsbrief zou fijn zijn.", false));

        assertThat(mail.subject()).isEqualTo("[FB-2026-0117] We hebben uw idee ontvangen");
        assertThat(mail.languageTag()).isEqualTo("nl");
        assertThat(mail.plainText())
                .contains("Beste Oma Jansen,")
                .contains("Kenmerk: FB-2026-0117")
                .contains("Wat gebeurt er nu?")
                .contains("Uiterlijk op dinsdag 8 december 2026 hoort u van ons wat we met uw idee doen.")
                .contains("> Een nieuwsbrief zou fijn zijn.")
                .contains("Met vriendelijke groet,\nGastouderbureau")
                .doesNotContain("persoonlijk contact");
        assertThat(mail.html())
                .contains("<html lang=\"nl\">")
                .contains("<strong>Kenmerk:</strong> FB-2026-0117")
                .contains("dinsdag 8 december 2026");
    }

    @Test
    void writesEnglishWhenTheSubmitterChoseIt() {
        RenderedMail mail = template.render(feedback(Language.EN, "Sam", "The gate was open.", true));

        assertThat(mail.subject()).isEqualTo("[FB-2026-0117] We have received your idea");
        assertThat(mail.languageTag()).isEqualTo("en");
        assertThat(mail.plainText())
                .contains("Dear Sam,")
                .contains("Reference: FB-2026-0117")
                .contains("What happens next?")
                .contains("By Tuesday 8 December 2026 at the latest, we will let you know what we are doing with your idea.")
                .contains("You told us you would like personal contact.")
                .contains("> The gate was open.");
        assertThat(mail.html()).contains("<html lang=\"en\">").contains("Tuesday 8 December 2026");
    }

    @Test
    void namesTheDayInTheAgencysTimeZone() {
        FeedbackCaseOpened lateEvening = new FeedbackCaseOpened("c-1", "FB-2026-0117", SubmissionKind.TIP, Channel.WEB_FORM,
                SubmitterRole.PARENT, null, Language.NL, "Tip", new Contact(null, "a@example.nl", null), false,
                Instant.parse("2026-11-24T23:30:00Z"), Instant.parse("2026-12-08T23:30:00Z"));

        assertThat(template.render(lateEvening).plainText()).contains("woensdag 9 december 2026");
    }

    @Test
    void greetsFormallyWithoutAName() {
        RenderedMail dutch = template.render(feedback(Language.NL, " ", "Opmerking", false));
        RenderedMail english = template.render(feedback(Language.EN, null, "Remark", false));

        assertThat(dutch.plainText()).startsWith("Geachte heer, mevrouw,");
        assertThat(english.plainText()).startsWith("Dear Sir or Madam,");
    }

    @Test
    void escapesWhatTheSubmitterWroteInTheHtmlOnly() {
        RenderedMail mail = template.render(feedback(Language.NL, "<b>Jan</b> & co",
                "<script>alert('x')</script>\nTweede regel", false));

        assertThat(mail.html())
                .doesNotContain("<script>")
                .doesNotContain("<b>Jan</b>")
                .contains("&lt;b&gt;Jan&lt;/b&gt; &amp; co")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;<br>\nTweede regel");
        assertThat(mail.plainText())
                .contains("Beste <b>Jan</b> & co,")
                .contains("> <script>alert('x')</script>\n> Tweede regel");
    }

    @Test
    void printsAsAReaderSeesIt() {
        RenderedMail mail = template.render(feedback(null, "Oma Jansen", "Een nieuwsbrief zou fijn zijn.", true));

        assertThat(mail.plainText()).isEqualTo("""
                Beste Oma Jansen,

                Bedankt voor uw idee. We hebben uw bericht goed ontvangen en geregistreerd onder dit kenmerk:

                Kenmerk: FB-2026-0117

                Wat gebeurt er nu?
                ------------------

                Een medewerker leest uw idee en bekijkt wat we ermee kunnen doen. \
                Uiterlijk op dinsdag 8 december 2026 hoort u van ons wat we met uw idee doen.

                U heeft aangegeven dat u graag persoonlijk contact wilt. \
                We nemen zo snel mogelijk contact met u op voor een gesprek of een afspraak.

                Wilt u ons hierover nog iets laten weten? Vermeld dan het kenmerk FB-2026-0117.

                Uw bericht
                ----------

                > Een nieuwsbrief zou fijn zijn.

                Met vriendelijke groet,
                Gastouderbureau
                """);
    }

    @Test
    void leavesOutAnEmptyMessage() {
        RenderedMail mail = template.render(feedback(Language.NL, "Jan", null, false));

        assertThat(mail.plainText()).doesNotContain("Uw bericht");
    }

    @Test
    void namesTheKindOfFeedback() {
        FeedbackCaseOpened remark = new FeedbackCaseOpened("c-1", "FB-2026-0118", SubmissionKind.REMARK, Channel.EMAIL,
                SubmitterRole.OTHER, null, Language.NL, "m", new Contact(null, "a@example.nl", null), false,
                Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-12-08T10:00:00Z"));

        assertThat(template.render(remark).subject()).isEqualTo("[FB-2026-0118] We hebben uw opmerking ontvangen");
    }

    private static FeedbackCaseOpened feedback(Language language, String name, String message, boolean personalContact) {
        return new FeedbackCaseOpened("c-1", "FB-2026-0117", SubmissionKind.IDEA, Channel.WEB_FORM,
                SubmitterRole.GRANDPARENT, null, language, message, new Contact(name, "oma@example.nl", null),
                personalContact, Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-12-08T10:00:00Z"));
    }
}
