package nl.gastouderbureau.complaints.notification.mail;

import nl.gastouderbureau.complaints.events.Language;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;

/**
 * F4, F6, C6, C6b: management is told that a promise or the law was not kept. Like reminders, it
 * names the case by its reference and holds no personal data (DESIGN P1).
 */
@Component
public class EscalationTemplate {

    private final MailSettings settings;

    public EscalationTemplate(MailSettings settings) {
        this.settings = settings;
    }

    public RenderedMail feedbackResponseOverdue(Language language, String reference, Instant respondBy) {
        String date = MailDates.longDate(respondBy, settings.timeZone(), language);
        return language == Language.EN
                ? mail(language, reference, "Escalation: feedback not answered in time",
                        "Feedback " + reference + " should have been answered by " + date + " and has not been. "
                                + "The promise to respond in time was not kept; a late response can still be recorded.")
                : mail(language, reference, "Escalatie: feedback niet op tijd beantwoord",
                        "Feedback " + reference + " had uiterlijk op " + date + " beantwoord moeten zijn en is dat nog niet. "
                                + "De belofte om op tijd te reageren is niet nagekomen; een late reactie kan nog worden vastgelegd.");
    }

    public RenderedMail complaintHandlingOverdue(Language language, String reference, Instant handleBy) {
        String date = MailDates.longDate(handleBy, settings.timeZone(), language);
        return language == Language.EN
                ? mail(language, reference, "Escalation: complaint not decided in time",
                        "Complaint " + reference + " should have been decided by " + date + " and has not been. "
                                + "The client has been told that they may now take the complaint to De Geschillencommissie.")
                : mail(language, reference, "Escalatie: klacht niet op tijd beslist",
                        "Over klacht " + reference + " had uiterlijk op " + date + " besloten moeten zijn en dat is niet gebeurd. "
                                + "De klager heeft bericht gekregen dat de klacht nu aan De Geschillencommissie mag worden voorgelegd.");
    }

    public RenderedMail legalHandlingLimitExceeded(Language language, String reference, Instant legalLimit) {
        String date = MailDates.longDate(legalLimit, settings.timeZone(), language);
        return language == Language.EN
                ? mail(language, reference, "Escalation: statutory handling period exceeded",
                        "Complaint " + reference + " is still undecided after the statutory period (Wet kinderopvang) "
                                + "ended on " + date + ". A decision is needed without further delay.")
                : mail(language, reference, "Escalatie: wettelijke termijn voor klachtafhandeling overschreden",
                        "Over klacht " + reference + " is nog steeds niet besloten, terwijl de wettelijke termijn "
                                + "(Wet kinderopvang) op " + date + " is verstreken. Een besluit is nu dringend nodig.");
    }

    public RenderedMail personalContactOverdue(Language language, String reference, Instant contactBy) {
        String date = MailDates.longDate(contactBy, settings.timeZone(), language);
        return language == Language.EN
                ? mail(language, reference, "Escalation: personal contact not made in time",
                        "The submitter of " + reference + " asked for a call or an appointment. Contact should have been "
                                + "made by " + date + " and none has been recorded. Please see that someone gets in touch, "
                                + "and record the contact in the case system.")
                : mail(language, reference, "Escalatie: persoonlijk contact niet op tijd gelegd",
                        "De indiener van " + reference + " vroeg om een telefoontje of een afspraak. Dat contact had "
                                + "uiterlijk op " + date + " gelegd moeten zijn en er is geen contact vastgelegd. Zorg dat "
                                + "iemand contact opneemt, en leg het contact vast in het klachtensysteem.");
    }

    /** @param description what the action is, or null when it is not known here */
    public RenderedMail correctiveActionOverdue(Language language, String reference, String description, String owner,
                                                LocalDate dueOn) {
        String date = MailDates.longDate(dueOn, language);
        boolean english = language == Language.EN;
        MailBody body = Letter.greetingColleague(language).paragraph(english
                ? "A corrective action for complaint " + reference + " was due on " + date + " and is not done yet."
                : "Een verbetermaatregel bij klacht " + reference + " had uiterlijk op " + date + " klaar moeten zijn "
                        + "en is nog niet uitgevoerd.");
        if (Letter.hasText(description)) {
            body.fact(english ? "Action" : "Maatregel", description);
        }
        if (Letter.hasText(owner)) {
            body.fact(english ? "Owner" : "Eigenaar", owner);
        }
        return Letter.sign(body, language, settings.senderName(), Letter.subject(reference, english
                ? "Escalation: corrective action overdue"
                : "Escalatie: verbetermaatregel niet op tijd uitgevoerd"));
    }

    private RenderedMail mail(Language language, String reference, String subject, String text) {
        return Letter.sign(Letter.greetingColleague(language).paragraph(text), language, settings.senderName(),
                Letter.subject(reference, subject));
    }
}
