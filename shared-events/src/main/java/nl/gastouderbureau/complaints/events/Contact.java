package nl.gastouderbureau.complaints.events;

/** How a submitter can be reached. Every field is optional; personal data (DESIGN P1). */
public record Contact(String name, String email, String phone) {

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
