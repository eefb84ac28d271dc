package nl.gastouderbureau.complaints.notification.mail;

import nl.gastouderbureau.complaints.events.InformalConversationHeld;
import org.springframework.stereotype.Component;

/** C1: the informal conversation did not clear the air, so the client is invited to file a formal complaint. */
@Component
public class InvitationToFileTemplate {

    private final MailSettings settings;

    public InvitationToFileTemplate(MailSettings settings) {
        this.settings = settings;
    }

    public RenderedMail render(Addressee to, InformalConversationHeld event) {
        String form = settings.complaintFormFor(event.caseId());
        String heldOn = event.heldOn() == null ? null : MailDates.longDate(event.heldOn(), to.language());
        MailBody body = Letter.greeting(to);
        if (to.english()) {
            body.paragraph((heldOn == null ? "We" : "On " + heldOn + " we") + " talked with you about your complaint ("
                            + to.reference() + "). We are sorry that the conversation did not resolve it.")
                    .paragraph("You can now file a formal complaint. Log in and use the complaint form; it already "
                            + "refers to our conversation:")
                    .link("Complaint form", form)
                    .paragraph("A complaint handler who is not involved will then look into it, and you will receive "
                            + "a written decision; our acknowledgement tells you by which date.");
        } else {
            body.paragraph((heldOn == null ? "We hebben" : "Op " + heldOn + " hebben we")
                            + " met u gesproken over uw klacht (" + to.reference() + "). Het spijt ons dat het gesprek "
                            + "de zaak niet heeft opgelost.")
                    .paragraph("U kunt nu een formele klacht indienen. Log in en gebruik het klachtformulier; "
                            + "daarin staat ons gesprek al vermeld:")
                    .link("Klachtformulier", form)
                    .paragraph("Een klachtbehandelaar die zelf niet bij de klacht betrokken is, onderzoekt dan uw klacht "
                            + "en u krijgt een schriftelijk besluit. In de ontvangstbevestiging leest u vóór welke datum.");
        }
        Letter.quoteReference(body, to);
        return Letter.sign(body, to.language(), settings.senderName(), Letter.subject(to.reference(),
                to.english() ? "Filing a formal complaint" : "Een formele klacht indienen"));
    }
}
