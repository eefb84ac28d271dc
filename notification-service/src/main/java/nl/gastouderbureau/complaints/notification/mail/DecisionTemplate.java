package nl.gastouderbureau.complaints.notification.mail;

import nl.gastouderbureau.complaints.events.ComplaintDecided;
import nl.gastouderbureau.complaints.events.CorrectiveAction;
import nl.gastouderbureau.complaints.events.Verdict;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * C4: the verdict in words, the reasoning, what will be put right by when, and how to reach
 * De Geschillencommissie if the client is not satisfied (C8: within 12 months of filing).
 */
@Component
public class DecisionTemplate {

    private final MailSettings settings;

    public DecisionTemplate(MailSettings settings) {
        this.settings = settings;
    }

    /** @param filedAt when the complaint was filed, to name the last day for the committee; null if unknown */
    public RenderedMail render(Addressee to, ComplaintDecided event, Instant filedAt) {
        String referralBy = filedAt == null ? null
                : MailDates.longDate(filedAt.atZone(settings.timeZone()).plusMonths(12).toLocalDate(), to.language());
        List<String> actions = event.correctiveActions().stream().map(action -> action(action, to)).toList();
        MailBody body = Letter.greeting(to);
        if (to.english()) {
            body.paragraph("We have looked into your complaint " + to.reference() + " and reached a decision.")
                    .fact("Decision", english(event.verdict()));
            if (Letter.hasText(event.reasoning())) {
                body.heading("Our reasoning").quote(event.reasoning());
            }
            if (!actions.isEmpty()) {
                body.heading("What we will put right").items(actions);
            }
            body.heading("Are you not satisfied?")
                    .paragraph("Please let us know whether this decision satisfies you; you can say so with your case "
                            + "on our website. If it does not, you may take your complaint to De Geschillencommissie "
                            + "Kinderopvang, an independent committee whose ruling is binding. You can do so up to 12 months "
                            + "after you filed your complaint" + (referralBy == null ? "" : ", that is until " + referralBy) + ".")
                    .link("De Geschillencommissie", Letter.GESCHILLENCOMMISSIE_SITE);
        } else {
            body.paragraph("We hebben uw klacht " + to.reference() + " onderzocht en een besluit genomen.")
                    .fact("Besluit", dutch(event.verdict()));
            if (Letter.hasText(event.reasoning())) {
                body.heading("Onze onderbouwing").quote(event.reasoning());
            }
            if (!actions.isEmpty()) {
                body.heading("Wat we rechtzetten").items(actions);
            }
            body.heading("Bent u het niet eens met ons besluit?")
                    .paragraph("Laat ons weten of u tevreden bent met dit besluit; dat kan bij uw zaak op onze website. "
                            + "Bent u niet tevreden, dan kunt u uw klacht voorleggen aan De Geschillencommissie "
                            + "Kinderopvang, een onafhankelijke commissie die een bindend advies geeft. Dat kan tot "
                            + "12 maanden nadat u uw klacht indiende" + (referralBy == null ? "" : ", dus tot " + referralBy) + ".")
                    .link("De Geschillencommissie", Letter.GESCHILLENCOMMISSIE_SITE);
        }
        Letter.quoteReference(body, to);
        return Letter.sign(body, to.language(), settings.senderName(), Letter.subject(to.reference(),
                to.english() ? "Our decision on your complaint" : "Ons besluit over uw klacht"));
    }

    private static String action(CorrectiveAction action, Addressee to) {
        String description = Letter.hasText(action.description()) ? action.description().strip() : "";
        if (action.dueOn() == null) {
            return description;
        }
        String date = MailDates.longDate(action.dueOn(), to.language());
        return description + (to.english() ? " (by " + date + ")" : " (uiterlijk " + date + ")");
    }

    static String dutch(Verdict verdict) {
        return switch (verdict) {
            case WELL_FOUNDED -> "Uw klacht is gegrond.";
            case PARTLY_WELL_FOUNDED -> "Uw klacht is gedeeltelijk gegrond.";
            case UNFOUNDED -> "Uw klacht is ongegrond.";
        };
    }

    static String english(Verdict verdict) {
        return switch (verdict) {
            case WELL_FOUNDED -> "Your complaint is well-founded.";
            case PARTLY_WELL_FOUNDED -> "Your complaint is partly well-founded.";
            case UNFOUNDED -> "Your complaint is unfounded.";
        };
    }
}
