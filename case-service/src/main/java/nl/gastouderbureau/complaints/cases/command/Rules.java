package nl.gastouderbureau.complaints.cases.command;

/**
 * The rule codes a refusal carries (DESIGN C9): the {@code rule} of the 409 problem+json, so a
 * client can tell refusals apart without parsing the message.
 */
public final class Rules {

    public static final String NOT_A_FEEDBACK_CASE = "NOT_A_FEEDBACK_CASE";
    public static final String ALREADY_RESPONDED = "ALREADY_RESPONDED";
    public static final String NOT_AN_INFORMAL_COMPLAINT = "NOT_AN_INFORMAL_COMPLAINT";
    public static final String CONVERSATION_ALREADY_HELD = "CONVERSATION_ALREADY_HELD";
    public static final String NOT_A_COMPLAINT = "NOT_A_COMPLAINT";
    public static final String CLIENT_ACCOUNT_REQUIRED = "CLIENT_ACCOUNT_REQUIRED";
    public static final String HANDLER_IS_INVOLVED = "HANDLER_IS_INVOLVED";
    public static final String ALREADY_DECIDED = "ALREADY_DECIDED";
    public static final String NOT_DECIDED = "NOT_DECIDED";
    public static final String CORRECTIVE_ACTION_REQUIRED = "CORRECTIVE_ACTION_REQUIRED";
    public static final String UNKNOWN_CORRECTIVE_ACTION = "UNKNOWN_CORRECTIVE_ACTION";
    public static final String ACTION_ALREADY_COMPLETED = "ACTION_ALREADY_COMPLETED";
    public static final String EXTENSION_ALREADY_USED = "EXTENSION_ALREADY_USED";
    public static final String EXTENSION_PAST_LEGAL_LIMIT = "EXTENSION_PAST_LEGAL_LIMIT";
    public static final String EXTENSION_NOT_LATER = "EXTENSION_NOT_LATER";
    public static final String SATISFACTION_ALREADY_RECORDED = "SATISFACTION_ALREADY_RECORDED";
    public static final String REFERRAL_NOT_ALLOWED = "REFERRAL_NOT_ALLOWED";
    public static final String REFERRAL_ALREADY_MADE = "REFERRAL_ALREADY_MADE";
    public static final String REFERRAL_TOO_LATE = "REFERRAL_TOO_LATE";
    public static final String NOT_REFERRED = "NOT_REFERRED";
    public static final String CASE_CLOSED = "CASE_CLOSED";
    public static final String CONTACT_BEFORE_RECEIPT = "CONTACT_BEFORE_RECEIPT";
    public static final String CASE_NOT_FINISHED = "CASE_NOT_FINISHED";

    private Rules() {
    }
}
