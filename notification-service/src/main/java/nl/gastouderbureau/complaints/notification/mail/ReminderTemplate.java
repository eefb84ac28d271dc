package nl.gastouderbureau.complaints.notification.mail;

import nl.gastouderbureau.complaints.events.Language;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;

/**
 * F3, C6, C6b: a reminder to a colleague that a deadline is near. Staff mail names the case by its
 * reference only; what the case is about is in the case system, not in a mailbox (DESIGN P1).
 */
@Component
public class ReminderTemplate {

    private final MailSettings settings;

    public ReminderTemplate(MailSettings settings) {
        this.settings = settings;
    }

    public RenderedMail feedbackResponse(Language language, String reference, Instant respondBy) {
        String date = MailDates.longDate(respondBy, settings.timeZone(), language);
        return language == Language.EN
                ? mail(language, reference, "Reminder: respond to feedback by " + date,
                        "Feedback " + reference + " has not been answered yet. The submitter was promised a response by "
                                + date + ". Please record the response in the case system before then.")
                : mail(language, reference, "Herinnering: feedback beantwoorden vóór " + date,
                        "Op feedback " + reference + " is nog niet gereageerd. We hebben de indiener beloofd dat die uiterlijk op "
                                + date + " van ons hoort. Leg de terugkoppeling vóór die datum vast in het klachtensysteem.");
    }

    public RenderedMail complaintHandling(Language language, String reference, Instant handleBy) {
        String date = MailDates.longDate(handleBy, settings.timeZone(), language);
        return language == Language.EN
                ? mail(language, reference, "Reminder: decide on the complaint by " + date,
                        "Complaint " + reference + " has no decision yet. The client is due to receive it by " + date
                                + ". Please record the decision in the case system before then, or extend the period "
                                + "with a reason if that is really needed.")
                : mail(language, reference, "Herinnering: besluit over de klacht vóór " + date,
                        "Over klacht " + reference + " is nog geen besluit genomen. De klager moet het besluit uiterlijk op "
                                + date + " hebben. Leg het besluit vóór die datum vast in het klachtensysteem, of verleng "
                                + "de termijn met een reden als dat echt nodig is.");
    }

    /** @param description what the action is, or null when it is not known here */
    public RenderedMail correctiveAction(Language language, String reference, String description, LocalDate dueOn) {
        String date = MailDates.longDate(dueOn, language);
        boolean english = language == Language.EN;
        MailBody body = Letter.greetingColleague(language).paragraph(english
                ? "A corrective action you own for complaint " + reference + " is not done yet. It is due on " + date + "."
                : "Een verbetermaatregel bij klacht " + reference + " die bij u ligt, is nog niet afgerond. "
                        + "Die moet uiterlijk op " + date + " klaar zijn.");
        if (Letter.hasText(description)) {
            body.fact(english ? "Action" : "Maatregel", description);
        }
        body.paragraph(english
                ? "Please record its completion in the case system once it is done."
                : "Leg in het klachtensysteem vast dat de maatregel is uitgevoerd zodra dat zo is.");
        return Letter.sign(body, language, settings.senderName(), Letter.subject(reference, english
                ? "Reminder: corrective action due " + date
                : "Herinnering: verbetermaatregel uiterlijk " + date));
    }

    private RenderedMail mail(Language language, String reference, String subject, String text) {
        return Letter.sign(Letter.greetingColleague(language).paragraph(text), language, settings.senderName(),
                Letter.subject(reference, subject));
    }
}
