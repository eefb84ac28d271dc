package nl.gastouderbureau.complaints.notification.mail;

import nl.gastouderbureau.complaints.events.Actor;
import nl.gastouderbureau.complaints.events.ComplaintDecided;
import nl.gastouderbureau.complaints.events.ComplaintHandlingOverdue;
import nl.gastouderbureau.complaints.events.ConversationOutcome;
import nl.gastouderbureau.complaints.events.CorrectiveAction;
import nl.gastouderbureau.complaints.events.HandlingDeadlineExtended;
import nl.gastouderbureau.complaints.events.InformalConversationHeld;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The invitation to file, the decision, the passed deadline and the extension, as the client reads them. */
class ClientUpdateTemplatesTest {

    private static final Addressee PIET = new Addressee("KL-2026-0042", Language.NL, "Piet");
    private static final Addressee SAM = new Addressee("KL-2026-0042", Language.EN, "Sam");
    private static final Actor STAFF = new Actor("staff", Actor.STAFF);

    private final MailSettings settings = MailSettings.defaults();

    @Test
    void theInvitationLinksToTheComplaintFormForThisCase() {
        InvitationToFileTemplate template = new InvitationToFileTemplate(settings);
        InformalConversationHeld held = new InformalConversationHeld("case 1/ä", LocalDate.parse("2026-11-20"),
                ConversationOutcome.UNRESOLVED, "Geen oplossing", STAFF, Instant.parse("2026-11-20T14:00:00Z"));

        RenderedMail dutch = template.render(PIET, held);
        RenderedMail english = template.render(SAM, held);

        assertThat(dutch.subject()).isEqualTo("[KL-2026-0042] Een formele klacht indienen");
        assertThat(dutch.plainText())
                .contains("Op vrijdag 20 november 2026 hebben we met u gesproken over uw klacht (KL-2026-0042).")
                .contains("Klachtformulier: http://localhost:8081/complaint?informalCaseId=case+1%2F%C3%A4")
                .doesNotContain("Geen oplossing");
        assertThat(dutch.html()).contains("<a href=\"http://localhost:8081/complaint?informalCaseId=case+1%2F%C3%A4\">");
        assertThat(english.subject()).isEqualTo("[KL-2026-0042] Filing a formal complaint");
        assertThat(english.plainText()).contains("On Friday 20 November 2026 we talked with you").contains("Complaint form: http");
    }

    @Test
    void theComplaintFormAddressIsASetting() {
        InvitationToFileTemplate template = new InvitationToFileTemplate(
                new MailSettings(null, null, null, "https://klachten.example/formulier?zaak={caseId}"));

        assertThat(template.render(PIET, new InformalConversationHeld("c-1", null, ConversationOutcome.UNRESOLVED, null,
                STAFF, Instant.now())).plainText())
                .contains("https://klachten.example/formulier?zaak=c-1")
                .contains("We hebben met u gesproken");
    }

    @Test
    void theDecisionGivesVerdictReasoningActionsAndTheWayToTheCommittee() {
        DecisionTemplate template = new DecisionTemplate(settings);
        ComplaintDecided decided = new ComplaintDecided("case-1", Verdict.PARTLY_WELL_FOUNDED, "De <gastouder> was te laat.",
                List.of(new CorrectiveAction("a-1", "Vaste ophaaltijden afspreken", "staff", LocalDate.parse("2026-12-31")),
                        new CorrectiveAction("a-2", "Evaluatiegesprek & verslag", "staff", LocalDate.parse("2027-01-15"))),
                STAFF, Instant.parse("2026-12-01T10:00:00Z"));

        RenderedMail dutch = template.render(PIET, decided, Instant.parse("2026-11-24T10:00:00Z"));

        assertThat(dutch.subject()).isEqualTo("[KL-2026-0042] Ons besluit over uw klacht");
        assertThat(dutch.plainText())
                .contains("Besluit: Uw klacht is gedeeltelijk gegrond.")
                .contains("> De <gastouder> was te laat.")
                .contains("- Vaste ophaaltijden afspreken (uiterlijk donderdag 31 december 2026)\n"
                        + "- Evaluatiegesprek & verslag (uiterlijk vrijdag 15 januari 2027)")
                .contains("De Geschillencommissie Kinderopvang")
                .contains("12 maanden nadat u uw klacht indiende, dus tot woensdag 24 november 2027.")
                .contains("www.degeschillencommissie.nl");
        assertThat(dutch.html())
                .contains("<li>Vaste ophaaltijden afspreken (uiterlijk donderdag 31 december 2026)</li>")
                .contains("Evaluatiegesprek &amp; verslag")
                .contains("De &lt;gastouder&gt; was te laat.")
                .contains("<a href=\"https://www.degeschillencommissie.nl\">");

        RenderedMail english = template.render(SAM, new ComplaintDecided("case-1", Verdict.UNFOUNDED, "No mistake found.",
                List.of(), STAFF, Instant.now()), null);
        assertThat(english.subject()).isEqualTo("[KL-2026-0042] Our decision on your complaint");
        assertThat(english.plainText())
                .contains("Decision: Your complaint is unfounded.")
                .doesNotContain("What we will put right")
                .contains("up to 12 months after you filed your complaint.")
                .contains("www.degeschillencommissie.nl");
    }

    @Test
    void everyVerdictHasWordsInBothLanguages() {
        for (Verdict verdict : Verdict.values()) {
            assertThat(DecisionTemplate.dutch(verdict)).startsWith("Uw klacht is");
            assertThat(DecisionTemplate.english(verdict)).startsWith("Your complaint is");
        }
    }

    @Test
    void aPassedDeadlineOpensTheWayToTheCommittee() {
        DeadlinePassedTemplate template = new DeadlinePassedTemplate(settings);
        ComplaintHandlingOverdue overdue = new ComplaintHandlingOverdue("case-1", Instant.parse("2026-12-08T10:00:00Z"),
                Instant.parse("2026-12-08T10:00:00Z"));

        RenderedMail dutch = template.render(PIET, overdue);
        RenderedMail english = template.render(SAM, overdue);

        assertThat(dutch.subject()).isEqualTo("[KL-2026-0042] De termijn voor ons besluit over uw klacht is verstreken");
        assertThat(dutch.plainText()).contains("uiterlijk op dinsdag 8 december 2026").contains("onze excuses")
                .contains("De Geschillencommissie Kinderopvang").contains("www.degeschillencommissie.nl");
        assertThat(english.subject()).isEqualTo("[KL-2026-0042] The period for our decision on your complaint has passed");
        assertThat(english.plainText()).startsWith("Dear Sam,").contains("by Tuesday 8 December 2026")
                .contains("you may take your complaint to De Geschillencommissie");
    }

    @Test
    void anExtensionGivesTheNewDateAndTheReason() {
        ExtensionTemplate template = new ExtensionTemplate(settings);
        HandlingDeadlineExtended extended = new HandlingDeadlineExtended("case-1", Instant.parse("2026-12-08T10:00:00Z"),
                Instant.parse("2026-12-22T10:00:00Z"), "We wachten op <het verslag> van de gastouder.", STAFF, Instant.now());

        RenderedMail dutch = template.render(PIET, extended);
        RenderedMail english = template.render(SAM, extended);

        assertThat(dutch.subject()).isEqualTo("[KL-2026-0042] We hebben meer tijd nodig voor uw klacht");
        assertThat(dutch.plainText())
                .contains("uiterlijk op dinsdag 22 december 2026, in plaats van dinsdag 8 december 2026.")
                .contains("Nieuwe datum: dinsdag 22 december 2026")
                .contains("> We wachten op <het verslag> van de gastouder.");
        assertThat(dutch.html()).contains("&lt;het verslag&gt;").doesNotContain("<het verslag>");
        assertThat(english.subject()).isEqualTo("[KL-2026-0042] We need more time for your complaint");
        assertThat(english.plainText()).contains("New date: Tuesday 22 December 2026").contains("Why we need more time");
    }
}
