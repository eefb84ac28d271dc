package nl.gastouderbureau.complaints.support.web;

/** A business rule forbids the command: 409 problem+json carrying the rule code (DESIGN C9). */
public class RuleViolationException extends RuntimeException {

    private final String rule;

    public RuleViolationException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
