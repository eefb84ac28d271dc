package nl.gastouderbureau.complaints.notification.mail;

import nl.gastouderbureau.complaints.events.ComplaintFiled;
import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import org.springframework.stereotype.Component;

/**
 * The acknowledgement of feedback (F1) and of a formal complaint (C2): the reference to quote, what
 * happens next and the date by which the submitter hears back. Dutch unless they chose English.
 */
@Component
public class AcknowledgementTemplate {

    private final MailSettings settings;

    public AcknowledgementTemplate(MailSettings settings) {
        this.settings = settings;
    }

    public RenderedMail render(FeedbackCaseOpened event) {
        return Language.orDefault(event.language()) == Language.EN ? english(event) : dutch(event);
    }

    private RenderedMail dutch(FeedbackCaseOpened event) {
        String noun = noun(event.kind(), "idee", "tip", "opmerking", "bericht");
        String respondBy = MailDates.longDate(event.respondBy(), settings.timeZone(), Language.NL);
        MailBody body = new MailBody()
                .paragraph(name(event) == null ? "Geachte heer, mevrouw," : "Beste " + name(event) + ",")
                .paragraph("Bedankt voor uw " + noun + ". We hebben uw bericht goed ontvangen en geregistreerd onder dit kenmerk:")
                .fact("Kenmerk", event.reference())
                .heading("Wat gebeurt er nu?")
                .paragraph("Een medewerker leest uw " + noun + " en bekijkt wat we ermee kunnen doen. "
                        + "Uiterlijk op " + respondBy + " hoort u van ons wat we met uw " + noun + " doen.");
        if (event.wantsPersonalContact()) {
            body.paragraph("U heeft aangegeven dat u graag persoonlijk contact wilt. "
                    + "We nemen zo snel mogelijk contact met u op voor een gesprek of een afspraak.");
        }
        body.paragraph("Wilt u ons hierover nog iets laten weten? Vermeld dan het kenmerk " + event.reference() + ".");
        if (hasMessage(event)) {
            body.heading("Uw bericht").quote(event.message());
        }
        body.lines("Met vriendelijke groet,", settings.senderName());
        return RenderedMail.of("[" + event.reference() + "] We hebben uw " + noun + " ontvangen", body, "nl");
    }

    private RenderedMail english(FeedbackCaseOpened event) {
        String noun = noun(event.kind(), "idea", "tip", "remark", "message");
        String respondBy = MailDates.longDate(event.respondBy(), settings.timeZone(), Language.EN);
        MailBody body = new MailBody()
                .paragraph(name(event) == null ? "Dear Sir or Madam," : "Dear " + name(event) + ",")
                .paragraph("Thank you for your " + noun + ". We have received your message and registered it under this reference:")
                .fact("Reference", event.reference())
                .heading("What happens next?")
                .paragraph("A member of our staff will read your " + noun + " and consider what we can do with it. "
                        + "By " + respondBy + " at the latest, we will let you know what we are doing with your " + noun + ".");
        if (event.wantsPersonalContact()) {
            body.paragraph("You told us you would like personal contact. "
                    + "We will contact you as soon as possible to arrange a call or an appointment.");
        }
        body.paragraph("If you want to tell us more about this, please quote the reference " + event.reference() + ".");
        if (hasMessage(event)) {
            body.heading("Your message").quote(event.message());
        }
        body.lines("Kind regards,", settings.senderName());
        return RenderedMail.of("[" + event.reference() + "] We have received your " + noun, body, "en");
    }

    public RenderedMail render(ComplaintFiled event) {
        Addressee to = new Addressee(event.reference(), event.language(),
                event.contact() == null ? null : event.contact().name());
        String handleBy = MailDates.longDate(event.handleBy(), settings.timeZone(), to.language());
        MailBody body = Letter.greeting(to);
        if (to.english()) {
            body.paragraph("Thank you for bringing your complaint to us. We have received it and registered it under this reference:")
                    .fact("Reference", event.reference())
                    .heading("What happens next?")
                    .paragraph("A complaint handler who is not involved in what your complaint is about will look into it, "
                            + "and may contact you to hear more. By " + handleBy + " at the latest, you will receive "
                            + "our decision and the reasons for it.")
                    .paragraph("If we need more time, we will tell you before that date, and why.");
        } else {
            body.paragraph("Bedankt dat u uw klacht aan ons voorlegt. We hebben uw klacht goed ontvangen en geregistreerd onder dit kenmerk:")
                    .fact("Kenmerk", event.reference())
                    .heading("Wat gebeurt er nu?")
                    .paragraph("Een klachtbehandelaar die zelf niet bij uw klacht betrokken is, onderzoekt uw klacht "
                            + "en neemt zo nodig contact met u op voor een toelichting. Uiterlijk op " + handleBy
                            + " ontvangt u ons besluit met de onderbouwing.")
                    .paragraph("Hebben we meer tijd nodig, dan laten we u dat vóór die datum weten, met de reden.");
        }
        Letter.quoteReference(body, to);
        body.heading(to.english() ? "Your complaint" : "Uw klacht");
        if (Letter.hasText(event.subject())) {
            body.fact(to.english() ? "Subject" : "Onderwerp", event.subject());
        }
        if (Letter.hasText(event.description())) {
            body.quote(event.description());
        }
        return Letter.sign(body, to.language(), settings.senderName(), Letter.subject(event.reference(),
                to.english() ? "We have received your complaint" : "We hebben uw klacht ontvangen"));
    }

    private static String noun(SubmissionKind kind, String idea, String tip, String remark, String otherwise) {
        if (kind == SubmissionKind.IDEA) {
            return idea;
        }
        if (kind == SubmissionKind.TIP) {
            return tip;
        }
        return kind == SubmissionKind.REMARK ? remark : otherwise;
    }

    private static String name(FeedbackCaseOpened event) {
        String name = event.contact() == null ? null : event.contact().name();
        return name == null || name.isBlank() ? null : name.strip();
    }

    private static boolean hasMessage(FeedbackCaseOpened event) {
        return event.message() != null && !event.message().isBlank();
    }
}
