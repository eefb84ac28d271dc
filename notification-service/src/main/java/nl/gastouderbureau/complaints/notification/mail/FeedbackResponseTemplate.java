package nl.gastouderbureau.complaints.notification.mail;

import nl.gastouderbureau.complaints.events.FeedbackOutcome;
import nl.gastouderbureau.complaints.events.FeedbackResponseRecorded;
import org.springframework.stereotype.Component;

/** F2: what became of an idea, tip or remark, in words, with the message staff wrote. */
@Component
public class FeedbackResponseTemplate {

    private final MailSettings settings;

    public FeedbackResponseTemplate(MailSettings settings) {
        this.settings = settings;
    }

    public RenderedMail render(Addressee to, FeedbackResponseRecorded event) {
        MailBody body = Letter.greeting(to);
        if (to.english()) {
            body.paragraph("Some time ago you sent us feedback, registered under reference " + to.reference()
                            + ". Here is what we are doing with it.")
                    .fact("Outcome", english(event.outcome()));
            if (event.late()) {
                body.paragraph("We are sorry that our response comes later than we promised.");
            }
            if (Letter.hasText(event.message())) {
                body.heading("Our explanation").quote(event.message());
            }
            body.paragraph("Thank you for taking the trouble to share your thoughts with us.");
        } else {
            body.paragraph("U stuurde ons eerder feedback, geregistreerd onder kenmerk " + to.reference()
                            + ". Hieronder leest u wat we ermee doen.")
                    .fact("Uitkomst", dutch(event.outcome()));
            if (event.late()) {
                body.paragraph("Het spijt ons dat onze reactie later komt dan we hadden beloofd.");
            }
            if (Letter.hasText(event.message())) {
                body.heading("Onze toelichting").quote(event.message());
            }
            body.paragraph("Bedankt dat u de moeite nam om met ons mee te denken.");
        }
        Letter.quoteReference(body, to);
        return Letter.sign(body, to.language(), settings.senderName(), Letter.subject(to.reference(),
                to.english() ? "Our response to your feedback" : "Onze reactie op uw feedback"));
    }

    static String dutch(FeedbackOutcome outcome) {
        return switch (outcome) {
            case ADOPTED -> "We nemen uw voorstel over.";
            case PLANNED -> "We gaan ermee aan de slag; het staat op onze planning.";
            case NOT_ADOPTED -> "We nemen uw voorstel niet over.";
            case NOTED -> "We hebben uw feedback genoteerd en nemen die mee in ons werk.";
        };
    }

    static String english(FeedbackOutcome outcome) {
        return switch (outcome) {
            case ADOPTED -> "We are adopting your suggestion.";
            case PLANNED -> "We are going to work on it; it has been planned.";
            case NOT_ADOPTED -> "We are not adopting your suggestion.";
            case NOTED -> "We have noted your feedback and will take it into account in our work.";
        };
    }
}
