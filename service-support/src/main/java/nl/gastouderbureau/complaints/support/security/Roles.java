package nl.gastouderbureau.complaints.support.security;

/** The roles of DESIGN §1, the same in the local accounts and in production tokens. */
public final class Roles {

    public static final String CLIENT = "CLIENT";
    public static final String STAFF = "STAFF";
    public static final String MANAGEMENT = "MANAGEMENT";

    private Roles() {
    }
}
