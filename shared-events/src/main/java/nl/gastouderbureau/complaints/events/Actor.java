package nl.gastouderbureau.complaints.events;

/** Who made a change (DESIGN C9): a person's account or employee id and their role, or the system for deadlines. */
public record Actor(String id, String role) {

    public static final String SUBMITTER = "SUBMITTER";
    public static final String CLIENT = "CLIENT";
    public static final String STAFF = "STAFF";
    public static final String SYSTEM = "SYSTEM";

    public static Actor system() {
        return new Actor("system", SYSTEM);
    }
}
