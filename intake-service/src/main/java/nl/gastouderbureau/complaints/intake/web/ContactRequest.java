package nl.gastouderbureau.complaints.intake.web;

import nl.gastouderbureau.complaints.events.Contact;
import nl.gastouderbureau.complaints.support.web.RequestValidator;

/** How to reach the submitter; every part optional. */
public record ContactRequest(String name, String email, String phone) {

    Contact validated(RequestValidator v) {
        String validName = v.optionalText("contact.name", name, 200);
        String validEmail = v.email("contact.email", email);
        String validPhone = v.phone("contact.phone", phone);
        return validName == null && validEmail == null && validPhone == null
                ? null : new Contact(validName, validEmail, validPhone);
    }

    static Contact validated(ContactRequest contact, boolean wantsPersonalContact, RequestValidator v) {
        Contact valid = contact == null ? null : contact.validated(v);
        v.require(!wantsPersonalContact || (valid != null && (valid.hasEmail() || valid.phone() != null)),
                "contact", "an email address or phone number is needed to contact you");
        return valid;
    }
}
