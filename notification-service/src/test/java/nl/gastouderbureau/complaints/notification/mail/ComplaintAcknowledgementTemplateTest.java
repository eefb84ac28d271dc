package nl.gastouderbureau.complaints.notification.mail;

import nl.gastouderbureau.complaints.events.ComplaintFiled;
import nl.gastouderbureau.complaints.events.Contact;
import nl.gastouderbureau.complaints.events.Language;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintAcknowledgementTemplateTest {

    private final AcknowledgementTemplate template = new AcknowledgementTemplate(MailSettings.defaults());

    @Test
    void tellsTheClientInDutchWhatHappensNextAndByWhen() {
        RenderedMail mail = template.render(filed(null, "Piet", "Ophalen", "De gastouder was te laat."));

        assertThat(mail.subject()).isEqualTo("[KL-2026-0042] We hebben uw klacht ontvangen");
        assertThat(mail.plainText())
                .startsWith("Beste Piet,")
                .contains("Kenmerk: KL-2026-0042")
                .contains("Wat gebeurt er nu?")
                .contains("zelf niet bij uw klacht betrokken")
                .contains("Uiterlijk op dinsdag 8 december 2026 ontvangt u ons besluit")
                .contains("Onderwerp: Ophalen")
                .contains("> De gastouder was te laat.")
                .endsWith("Met vriendelijke groet,\nGastouderbureau\n");
        assertThat(mail.html()).contains("<html lang=\"nl\">").contains("dinsdag 8 december 2026");
    }

    @Test
    void writesEnglishWhenTheClientChoseIt() {
        RenderedMail mail = template.render(filed(Language.EN, null, "Pick-up", "Late again."));

        assertThat(mail.subject()).isEqualTo("[KL-2026-0042] We have received your complaint");
        assertThat(mail.languageTag()).isEqualTo("en");
        assertThat(mail.plainText())
                .startsWith("Dear Sir or Madam,")
                .contains("Reference: KL-2026-0042")
                .contains("By Tuesday 8 December 2026 at the latest, you will receive our decision")
                .contains("Subject: Pick-up");
    }

    @Test
    void escapesTheClientsTextInTheHtml() {
        RenderedMail mail = template.render(filed(Language.NL, "<i>Piet</i>", "<b>x</b>", "<script>alert(1)</script>"));

        assertThat(mail.html()).doesNotContain("<script>").doesNotContain("<b>x</b>").doesNotContain("<i>Piet")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&lt;b&gt;x&lt;/b&gt;");
        assertThat(mail.plainText()).contains("> <script>alert(1)</script>");
    }

    static ComplaintFiled filed(Language language, String name, String subject, String description) {
        return new ComplaintFiled("case-1", "KL-2026-0042", "client", subject, description, "Els",
                LocalDate.parse("2026-11-20"), "Excuses", null, language, new Contact(name, "piet@example.nl", null), null,
                Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-12-08T10:00:00Z"),
                Instant.parse("2027-01-05T10:00:00Z"));
    }
}
