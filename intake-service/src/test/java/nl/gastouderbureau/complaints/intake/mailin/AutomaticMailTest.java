package nl.gastouderbureau.complaints.intake.mailin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AutomaticMailTest {

    private final AutomaticMail automatic = new AutomaticMail(Set.of("feedback@gastouderbureau.example"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Auto-Submitted auto-replied     | ouder@example.nl                 | Re: uw vraag            | Auto-Submitted: auto-replied       | AUTO_SUBMITTED",
            "Auto-Submitted auto-generated   | ouder@example.nl                 | Bericht                 | Auto-Submitted: auto-generated     | AUTO_SUBMITTED",
            "X-Autoreply                     | ouder@example.nl                 | Re: uw vraag            | X-Autoreply: yes                   | AUTO_REPLY_HEADER",
            "X-Autorespond                   | ouder@example.nl                 | Re: uw vraag            | X-Autorespond: true                | AUTO_REPLY_HEADER",
            "X-Auto-Response-Suppress        | ouder@example.nl                 | Re: uw vraag            | X-Auto-Response-Suppress: All      | AUTO_REPLY_HEADER",
            "Precedence bulk                 | nieuws@example.nl                | Nieuwsbrief             | Precedence: bulk                   | BULK",
            "Precedence list                 | lijst@example.nl                 | Lijst                   | Precedence: List                   | BULK",
            "Precedence auto_reply           | ouder@example.nl                 | Re: uw vraag            | Precedence: auto_reply             | BULK",
            "empty Return-Path               | ouder@example.nl                 | Onbestelbaar            | Return-Path: <>                    | DELIVERY_REPORT",
            "mailer daemon                   | MAILER-DAEMON@mail.example.nl    | Undelivered Mail        | X-Other: 1                         | DELIVERY_REPORT",
            "postmaster                      | postmaster@example.nl            | Delivery Status         | X-Other: 1                         | DELIVERY_REPORT",
            "our own acknowledgement         | Feedback@Gastouderbureau.example | [FB-2026-0001] We hebben uw idee ontvangen | X-Other: 1 | OWN_ADDRESS",
            "Automatisch antwoord            | ouder@example.nl                 | Automatisch antwoord: [FB-2026-0001] Bedankt | X-Other: 1 | AUTO_REPLY_SUBJECT",
            "Out of office                   | ouder@example.nl                 | Out of Office: Re: vraag | X-Other: 1                        | AUTO_REPLY_SUBJECT",
            "Automatic reply                 | ouder@example.nl                 | RE: Automatic reply: vraag | X-Other: 1                      | AUTO_REPLY_SUBJECT",
            "Afwezig                         | ouder@example.nl                 | Afwezig: tot 5 januari  | X-Other: 1                         | AUTO_REPLY_SUBJECT",
            "Afwezig tot                     | ouder@example.nl                 | Afwezig tot maandag     | X-Other: 1                         | AUTO_REPLY_SUBJECT",
    })
    void automaticMailIsRecognised(String name, String from, String subject, String header, IgnoreReason reason) throws Exception {
        assertThat(automatic.reasonToIgnore(RawMail.read(RawMail.plain(from, subject, header, "Tekst"))))
                .contains(reason);
    }

    @Test
    void aDeliveryStatusReportIsABounce() throws Exception {
        IncomingMail bounce = RawMail.read("""
                From: Mail Delivery System <bounces@mail.example.nl>
                Subject: Undelivered Mail Returned to Sender
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="b"

                --b
                Content-Type: text/plain

                This is the mail system.
                --b
                Content-Type: message/delivery-status

                Final-Recipient: rfc822; ouder@example.nl
                Action: failed
                --b--
                """);

        assertThat(automatic.reasonToIgnore(bounce)).contains(IgnoreReason.DELIVERY_REPORT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a person's mail                | Een idee voor de opvang               | X-Mailer: Thunderbird",
            "Auto-Submitted no              | Vraag                                 | Auto-Submitted: no",
            "Precedence first-class         | Vraag                                 | Precedence: first-class",
            "a reply to our acknowledgement | Re: [FB-2026-0001] We hebben uw idee ontvangen | Return-Path: <ouder@example.nl>",
            "absence as the complaint       | Afwezige gastouder, niemand belde     | X-Other: 1",
            "absence later in the subject   | Gastouder afwezig zonder bericht      | X-Other: 1",
    })
    void mailAPersonWroteIsNotIgnored(String name, String subject, String header) throws Exception {
        assertThat(automatic.reasonToIgnore(RawMail.read(RawMail.plain("ouder@example.nl", subject, header, "Tekst"))))
                .isEqualTo(Optional.empty());
    }

    @Test
    void aMailWithoutSenderCannotBeAnswered() throws Exception {
        String noFrom = RawMail.plain("ouder@example.nl", "Vraag", "", "Tekst").replaceAll("From: .*\n", "");
        assertThat(automatic.reasonToIgnore(RawMail.read(noFrom))).contains(IgnoreReason.NO_SENDER);
    }
}
