package nl.gastouderbureau.complaints.notification.it;

import nl.gastouderbureau.complaints.events.Actor;
import nl.gastouderbureau.complaints.events.CaseEvent;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.ComplaintDecided;
import nl.gastouderbureau.complaints.events.ComplaintFiled;
import nl.gastouderbureau.complaints.events.ComplaintHandlingOverdue;
import nl.gastouderbureau.complaints.events.ComplaintHandlingReminderDue;
import nl.gastouderbureau.complaints.events.Contact;
import nl.gastouderbureau.complaints.events.ConversationOutcome;
import nl.gastouderbureau.complaints.events.CorrectiveAction;
import nl.gastouderbureau.complaints.events.CorrectiveActionOverdue;
import nl.gastouderbureau.complaints.events.CorrectiveActionReminderDue;
import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.events.FeedbackOutcome;
import nl.gastouderbureau.complaints.events.FeedbackResponseOverdue;
import nl.gastouderbureau.complaints.events.FeedbackResponseRecorded;
import nl.gastouderbureau.complaints.events.FeedbackResponseReminderDue;
import nl.gastouderbureau.complaints.events.HandlerAssigned;
import nl.gastouderbureau.complaints.events.HandlingDeadlineExtended;
import nl.gastouderbureau.complaints.events.InformalComplaintRegistered;
import nl.gastouderbureau.complaints.events.InformalConversationHeld;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.LegalHandlingLimitExceeded;
import nl.gastouderbureau.complaints.events.PersonalContactOverdue;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterMessageAdded;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.events.Verdict;
import nl.gastouderbureau.complaints.infra.MailCatcher.Mail;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every row of the message table (issue 5): the case events as the case service publishes them go
 * in, and the mail is read back from the SMTP server, together with the notification log's entry.
 */
class MessagesIT extends NotificationItSupport {

    private static final Instant FILED = Instant.parse("2026-11-24T10:00:00Z");
    private static final Instant HANDLE_BY = Instant.parse("2026-12-08T10:00:00Z");
    private static final Instant LEGAL_LIMIT = Instant.parse("2027-01-05T10:00:00Z");
    private static final Actor STAFF = new Actor("staff", Actor.STAFF);

    /**
     * One row: the events that open the case ({@code given}), the event the row is about
     * ({@code when}), and the mail that must arrive.
     */
    record Row(String name, String caseId, List<CaseEvent> given, CaseEvent when, String type,
               List<String> to, String subject, List<String> textContains) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                complaintAcknowledged(),
                feedbackResponse(),
                feedbackReminderToTheStaffMailbox(),
                complaintReminderToTheHandler(),
                correctiveActionReminderToItsOwner(),
                feedbackOverdueEscalated(),
                complaintOverdueEscalated(),
                legalLimitEscalated(),
                correctiveActionOverdueEscalated(),
                invitationToFile(),
                decision(),
                deadlinePassed(),
                extension(),
                personalContactOverdueEscalated(),
                submitterMessageToTheHandler(),
                submitterMessageToTheStaffMailbox());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyRowOfTheTableArrivesAtTheSmtpServer(Row row) {
        for (CaseEvent event : row.given()) {
            topic.publish(UUID.randomUUID().toString(), event);
        }
        topic.publish(UUID.randomUUID().toString(), row.when());

        Mail mail = awaitMail(m -> m.to().containsAll(row.to()) && row.subject().equals(m.subject()));
        assertThat(mail.to()).containsExactlyInAnyOrderElementsOf(row.to());
        assertThat(mail.from()).isEqualTo("feedback@gastouderbureau.example");
        assertThat(mail.mime()).contains("Auto-Submitted: auto-generated");
        assertThat(mail.text()).contains(row.textContains());
        assertThat(mail.html()).startsWith("<!DOCTYPE html>").contains(row.textContains().get(0));
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(notificationsOf(row.caseId()).<List<String>>json("$.items[?(@.type == '" + row.type() + "')].status"))
                        .containsExactly("SENT"));
    }

    static Row complaintAcknowledged() {
        Case c = new Case("KL", Language.NL);
        return new Row("ACKNOWLEDGEMENT of a formal complaint", c.id, List.of(), c.filed(), "ACKNOWLEDGEMENT",
                List.of(c.email), "[" + c.reference + "] We hebben uw klacht ontvangen",
                List.of(c.reference, "dinsdag 8 december 2026", "Wat gebeurt er nu?"));
    }

    static Row feedbackResponse() {
        Case c = new Case("FB", Language.EN);
        return new Row("FEEDBACK_RESPONSE", c.id, List.of(c.feedbackOpened()),
                new FeedbackResponseRecorded(c.id, FeedbackOutcome.ADOPTED, "A newsletter <every quarter>.", false,
                        STAFF, FILED), "FEEDBACK_RESPONSE",
                List.of(c.email), "[" + c.reference + "] Our response to your feedback",
                List.of(c.reference, "We are adopting your suggestion.", "> A newsletter <every quarter>."));
    }

    static Row feedbackReminderToTheStaffMailbox() {
        Case c = new Case("FB", Language.EN);
        return new Row("REMINDER before respondBy (no handler: the staff mailbox)", c.id, List.of(c.feedbackOpened()),
                new FeedbackResponseReminderDue(c.id, HANDLE_BY, FILED), "REMINDER", List.of(STAFF_MAILBOX),
                "[" + c.reference + "] Herinnering: feedback beantwoorden vóór dinsdag 8 december 2026",
                List.of(c.reference, "Beste collega,"));
    }

    static Row complaintReminderToTheHandler() {
        Case c = new Case("KL", Language.NL);
        String handler = "h" + UUID.randomUUID().toString().substring(0, 8);
        return new Row("REMINDER before handleBy (to the handler)", c.id, List.of(c.filed()),
                new ComplaintHandlingReminderDue(c.id, HANDLE_BY, handler, FILED), "REMINDER",
                List.of(handler + "@gastouderbureau.example"),
                "[" + c.reference + "] Herinnering: besluit over de klacht vóór dinsdag 8 december 2026",
                List.of(c.reference, "nog geen besluit"));
    }

    static Row correctiveActionReminderToItsOwner() {
        Case c = new Case("KL", Language.NL);
        String owner = "o" + UUID.randomUUID().toString().substring(0, 8);
        return new Row("REMINDER before an action's due date (to its owner)", c.id, List.of(c.filed(), c.decided(owner)),
                new CorrectiveActionReminderDue(c.id, "a-1", owner, LocalDate.parse("2026-12-31"), FILED), "REMINDER",
                List.of(owner + "@gastouderbureau.example"),
                "[" + c.reference + "] Herinnering: verbetermaatregel uiterlijk donderdag 31 december 2026",
                List.of(c.reference, "Maatregel: Vaste ophaaltijden afspreken"));
    }

    static Row feedbackOverdueEscalated() {
        Case c = new Case("FB", Language.NL);
        return new Row("ESCALATION when respondBy passed", c.id, List.of(c.feedbackOpened()),
                new FeedbackResponseOverdue(c.id, HANDLE_BY, HANDLE_BY), "ESCALATION", List.of(DIRECTOR, QUALITY_OFFICER),
                "[" + c.reference + "] Escalatie: feedback niet op tijd beantwoord", List.of(c.reference));
    }

    static Row complaintOverdueEscalated() {
        Case c = new Case("KL", Language.NL);
        return new Row("ESCALATION when handleBy passed", c.id, List.of(c.filed()),
                new ComplaintHandlingOverdue(c.id, HANDLE_BY, HANDLE_BY), "ESCALATION", List.of(DIRECTOR, QUALITY_OFFICER),
                "[" + c.reference + "] Escalatie: klacht niet op tijd beslist", List.of(c.reference));
    }

    static Row legalLimitEscalated() {
        Case c = new Case("KL", Language.NL);
        return new Row("ESCALATION when the statutory limit passed", c.id, List.of(c.filed()),
                new LegalHandlingLimitExceeded(c.id, LEGAL_LIMIT, LEGAL_LIMIT), "ESCALATION",
                List.of(DIRECTOR, QUALITY_OFFICER),
                "[" + c.reference + "] Escalatie: wettelijke termijn voor klachtafhandeling overschreden",
                List.of(c.reference, "Wet kinderopvang"));
    }

    static Row correctiveActionOverdueEscalated() {
        Case c = new Case("KL", Language.NL);
        return new Row("ESCALATION when an action is overdue", c.id, List.of(c.filed(), c.decided("staff")),
                new CorrectiveActionOverdue(c.id, "a-1", "staff", LocalDate.parse("2026-12-31"), FILED), "ESCALATION",
                List.of(DIRECTOR, QUALITY_OFFICER),
                "[" + c.reference + "] Escalatie: verbetermaatregel niet op tijd uitgevoerd",
                List.of(c.reference, "Maatregel: Vaste ophaaltijden afspreken", "Eigenaar: staff"));
    }

    static Row invitationToFile() {
        Case c = new Case("KL", Language.NL);
        return new Row("INVITATION_TO_FILE after an unresolved conversation", c.id, List.of(c.informal()),
                new InformalConversationHeld(c.id, LocalDate.parse("2026-11-20"), ConversationOutcome.UNRESOLVED,
                        "Geen oplossing", STAFF, FILED), "INVITATION_TO_FILE", List.of(c.email),
                "[" + c.reference + "] Een formele klacht indienen",
                List.of(c.reference, "http://localhost:8081/complaint?informalCaseId=" + c.id));
    }

    static Row decision() {
        Case c = new Case("KL", Language.EN);
        return new Row("DECISION", c.id, List.of(c.filed()), c.decided("staff"), "DECISION", List.of(c.email),
                "[" + c.reference + "] Our decision on your complaint",
                List.of(c.reference, "Your complaint is partly well-founded.", "> The host parent was late.",
                        "- Vaste ophaaltijden afspreken (by Thursday 31 December 2026)",
                        "www.degeschillencommissie.nl", "until Wednesday 24 November 2027"));
    }

    static Row deadlinePassed() {
        Case c = new Case("KL", Language.NL);
        return new Row("DEADLINE_PASSED to the client", c.id, List.of(c.filed()),
                new ComplaintHandlingOverdue(c.id, HANDLE_BY, HANDLE_BY), "DEADLINE_PASSED", List.of(c.email),
                "[" + c.reference + "] De termijn voor ons besluit over uw klacht is verstreken",
                List.of(c.reference, "De Geschillencommissie Kinderopvang", "www.degeschillencommissie.nl"));
    }

    static Row extension() {
        Case c = new Case("KL", Language.NL);
        return new Row("EXTENSION of the handling period", c.id, List.of(c.filed()),
                new HandlingDeadlineExtended(c.id, HANDLE_BY, Instant.parse("2026-12-22T10:00:00Z"),
                        "We wachten op het verslag van de gastouder.", STAFF, FILED), "EXTENSION", List.of(c.email),
                "[" + c.reference + "] We hebben meer tijd nodig voor uw klacht",
                List.of(c.reference, "dinsdag 22 december 2026", "> We wachten op het verslag van de gastouder."));
    }

    static Row personalContactOverdueEscalated() {
        Case c = new Case("FB", Language.EN);
        return new Row("ESCALATION when a contact request is still open at contactBy", c.id, List.of(c.feedbackOpened()),
                new PersonalContactOverdue(c.id, Instant.parse("2026-11-26T10:00:00Z"), Instant.parse("2026-11-26T10:00:00Z")),
                "ESCALATION", List.of(DIRECTOR, QUALITY_OFFICER),
                "[" + c.reference + "] Escalatie: persoonlijk contact niet op tijd gelegd",
                List.of(c.reference, "donderdag 26 november 2026"));
    }

    static Row submitterMessageToTheHandler() {
        Case c = new Case("KL", Language.NL);
        String handler = "h" + UUID.randomUUID().toString().substring(0, 8);
        return new Row("SUBMITTER_MESSAGE to the handler", c.id,
                List.of(c.filed(), new HandlerAssigned(c.id, handler, STAFF, FILED)),
                c.messageAdded(), "SUBMITTER_MESSAGE", List.of(handler + "@gastouderbureau.example"),
                "[" + c.reference + "] Nieuw bericht van de indiener", List.of(c.reference, "1 bijlage(n)"));
    }

    static Row submitterMessageToTheStaffMailbox() {
        Case c = new Case("FB", Language.NL);
        return new Row("SUBMITTER_MESSAGE without a handler (the staff mailbox)", c.id, List.of(c.feedbackOpened()),
                c.messageAdded(), "SUBMITTER_MESSAGE", List.of(STAFF_MAILBOX),
                "[" + c.reference + "] Nieuw bericht van de indiener", List.of(c.reference, "woensdag 25 november 2026"));
    }

    /** A case of its own: id, reference and the submitter's address are unique to one row. */
    static final class Case {
        final String id = UUID.randomUUID().toString();
        final String reference;
        final String email = uniqueAddress();
        final Language language;

        Case(String prefix, Language language) {
            this.reference = uniqueReference(prefix);
            this.language = language;
        }

        FeedbackCaseOpened feedbackOpened() {
            return new FeedbackCaseOpened(id, reference, SubmissionKind.IDEA, Channel.WEB_FORM, SubmitterRole.PARENT, null,
                    language, "Een nieuwsbrief zou fijn zijn.", new Contact("Oma", email, null), false, FILED, HANDLE_BY);
        }

        InformalComplaintRegistered informal() {
            return new InformalComplaintRegistered(id, reference, Channel.PHONE, SubmitterRole.PARENT, null, language,
                    "Telefonische klacht", new Contact("Piet", email, null), "client", FILED, STAFF);
        }

        ComplaintFiled filed() {
            return new ComplaintFiled(id, reference, "client", "Ophalen", "De gastouder was te laat.", "Els",
                    LocalDate.parse("2026-11-20"), "Excuses", null, language, new Contact("Piet", email, null), null,
                    FILED, HANDLE_BY, LEGAL_LIMIT);
        }

        SubmitterMessageAdded messageAdded() {
            return new SubmitterMessageAdded(id, "reply-" + id, Channel.EMAIL, "Re: [" + reference + "]",
                    "Nog een aanvulling", 1, Instant.parse("2026-11-25T09:00:00Z"));
        }

        ComplaintDecided decided(String owner) {
            return new ComplaintDecided(id, Verdict.PARTLY_WELL_FOUNDED, "The host parent was late.",
                    List.of(new CorrectiveAction("a-1", "Vaste ophaaltijden afspreken", owner, LocalDate.parse("2026-12-31"))),
                    STAFF, FILED);
        }
    }
}
