package nl.gastouderbureau.complaints.notification.mail;

import nl.gastouderbureau.complaints.events.Language;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Reminders and escalations: to colleagues, by reference only. */
class StaffTemplatesTest {

    private static final Instant DEADLINE = Instant.parse("2026-12-08T10:00:00Z");

    private final ReminderTemplate reminders = new ReminderTemplate(MailSettings.defaults());
    private final EscalationTemplate escalations = new EscalationTemplate(MailSettings.defaults());
    private final SubmitterMessageTemplate messages = new SubmitterMessageTemplate(MailSettings.defaults());

    @Test
    void remindersNameTheCaseAndTheDeadlineInDutch() {
        RenderedMail feedback = reminders.feedbackResponse(Language.NL, "FB-2026-0117", DEADLINE);
        RenderedMail complaint = reminders.complaintHandling(Language.NL, "KL-2026-0042", DEADLINE);
        RenderedMail action = reminders.correctiveAction(Language.NL, "KL-2026-0042", "Ophaaltijden <afspreken>",
                LocalDate.parse("2026-12-31"));

        assertThat(feedback.subject()).isEqualTo("[FB-2026-0117] Herinnering: feedback beantwoorden vóór dinsdag 8 december 2026");
        assertThat(feedback.plainText()).startsWith("Beste collega,").contains("Op feedback FB-2026-0117 is nog niet gereageerd");
        assertThat(complaint.subject()).isEqualTo("[KL-2026-0042] Herinnering: besluit over de klacht vóór dinsdag 8 december 2026");
        assertThat(action.subject()).isEqualTo("[KL-2026-0042] Herinnering: verbetermaatregel uiterlijk donderdag 31 december 2026");
        assertThat(action.plainText()).contains("Maatregel: Ophaaltijden <afspreken>");
        assertThat(action.html()).contains("Ophaaltijden &lt;afspreken&gt;").doesNotContain("<afspreken>");
    }

    @Test
    void remindersInEnglish() {
        RenderedMail complaint = reminders.complaintHandling(Language.EN, "KL-2026-0042", DEADLINE);
        RenderedMail action = reminders.correctiveAction(Language.EN, "KL-2026-0042", null, LocalDate.parse("2026-12-31"));

        assertThat(complaint.subject()).isEqualTo("[KL-2026-0042] Reminder: decide on the complaint by Tuesday 8 December 2026");
        assertThat(complaint.plainText()).startsWith("Dear colleague,").endsWith("Kind regards,\nGastouderbureau\n");
        assertThat(action.plainText()).contains("is not done yet. It is due on Thursday 31 December 2026.").doesNotContain("Action:");
        assertThat(reminders.feedbackResponse(Language.EN, "FB-1", DEADLINE).subject())
                .isEqualTo("[FB-1] Reminder: respond to feedback by Tuesday 8 December 2026");
    }

    @Test
    void escalationsSayWhichPromiseOrLawWasNotKept() {
        assertThat(escalations.feedbackResponseOverdue(Language.NL, "FB-1", DEADLINE).subject())
                .isEqualTo("[FB-1] Escalatie: feedback niet op tijd beantwoord");
        assertThat(escalations.complaintHandlingOverdue(Language.NL, "KL-1", DEADLINE).plainText())
                .contains("uiterlijk op dinsdag 8 december 2026").contains("De Geschillencommissie");
        assertThat(escalations.legalHandlingLimitExceeded(Language.NL, "KL-1", DEADLINE).subject())
                .isEqualTo("[KL-1] Escalatie: wettelijke termijn voor klachtafhandeling overschreden");
        RenderedMail action = escalations.correctiveActionOverdue(Language.NL, "KL-1", "Nieuwe <planning>", "staff",
                LocalDate.parse("2026-12-31"));
        assertThat(action.subject()).isEqualTo("[KL-1] Escalatie: verbetermaatregel niet op tijd uitgevoerd");
        assertThat(action.plainText()).contains("Maatregel: Nieuwe <planning>").contains("Eigenaar: staff");
        assertThat(action.html()).contains("Nieuwe &lt;planning&gt;");
    }

    @Test
    void anOverdueContactIsEscalatedByReferenceOnly() {
        RenderedMail dutch = escalations.personalContactOverdue(Language.NL, "FB-2026-0117", DEADLINE);
        RenderedMail english = escalations.personalContactOverdue(Language.EN, "FB-2026-0117", DEADLINE);

        assertThat(dutch.subject()).isEqualTo("[FB-2026-0117] Escalatie: persoonlijk contact niet op tijd gelegd");
        assertThat(dutch.plainText()).startsWith("Beste collega,")
                .contains("De indiener van FB-2026-0117 vroeg om een telefoontje of een afspraak")
                .contains("uiterlijk op dinsdag 8 december 2026");
        assertThat(english.subject()).isEqualTo("[FB-2026-0117] Escalation: personal contact not made in time");
        assertThat(english.plainText()).contains("should have been made by Tuesday 8 December 2026");
        assertThat(english.languageTag()).isEqualTo("en");
    }

    @Test
    void aColleagueHearsOfTheSubmittersMessageByReferenceOnly() {
        // 23:30 UTC on 7 December is 8 December in Amsterdam.
        Instant lateEvening = Instant.parse("2026-12-07T23:30:00Z");
        RenderedMail dutch = messages.messageAdded(Language.NL, "KL-2026-0042", lateEvening, 2);
        RenderedMail english = messages.messageAdded(Language.EN, "KL-2026-0042", lateEvening, 0);

        assertThat(dutch.subject()).isEqualTo("[KL-2026-0042] Nieuw bericht van de indiener");
        assertThat(dutch.plainText()).startsWith("Beste collega,")
                .contains("De indiener van KL-2026-0042 heeft op dinsdag 8 december 2026 een bericht over de zaak gestuurd.")
                .contains("2 bijlage(n); die zijn niet bewaard");
        assertThat(dutch.html()).contains("Nieuw bericht van de indiener");
        assertThat(english.subject()).isEqualTo("[KL-2026-0042] New message from the submitter");
        assertThat(english.plainText()).contains("sent a message about the case on Tuesday 8 December 2026")
                .doesNotContain("attachment");
    }

    @Test
    void escalationsInEnglish() {
        assertThat(escalations.feedbackResponseOverdue(Language.EN, "FB-1", DEADLINE).subject())
                .isEqualTo("[FB-1] Escalation: feedback not answered in time");
        assertThat(escalations.complaintHandlingOverdue(Language.EN, "KL-1", DEADLINE).subject())
                .isEqualTo("[KL-1] Escalation: complaint not decided in time");
        assertThat(escalations.legalHandlingLimitExceeded(Language.EN, "KL-1", DEADLINE).plainText())
                .contains("statutory period (Wet kinderopvang) ended on Tuesday 8 December 2026");
        assertThat(escalations.correctiveActionOverdue(Language.EN, "KL-1", null, null, LocalDate.parse("2026-12-31"))
                .plainText()).contains("was due on Thursday 31 December 2026").doesNotContain("Owner:");
    }
}
