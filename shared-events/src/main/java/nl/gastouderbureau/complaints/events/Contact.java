package nl.gastouderbureau.complaints.events;

import nl.gastouderbureau.complaints.events.privacy.PersonalData;

/** How a submitter can be reached. Every field is optional; personal data (DESIGN P1). */
public record Contact(@PersonalData String name, @PersonalData String email, @PersonalData String phone) {

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
