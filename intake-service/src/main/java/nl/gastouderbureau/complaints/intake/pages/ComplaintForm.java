package nl.gastouderbureau.complaints.intake.pages;

import nl.gastouderbureau.complaints.intake.web.ComplaintRequest;

import java.util.UUID;

/** The complaint form's fields as posted; {@code submissionKey} as on {@link FeedbackForm}. */
public record ComplaintForm(String subject, String description, String involvedEmployee, String occurredOn,
                            String desiredOutcome, String informalCaseId, String submissionKey) {

    static ComplaintForm empty(String informalCaseId) {
        return new ComplaintForm(null, null, null, null, null, informalCaseId, UUID.randomUUID().toString());
    }

    ComplaintRequest toRequest(String language) {
        return new ComplaintRequest(subject, description, involvedEmployee, occurredOn, desiredOutcome, informalCaseId,
                null, language);
    }

    ComplaintForm withNewKey() {
        return new ComplaintForm(subject, description, involvedEmployee, occurredOn, desiredOutcome, informalCaseId,
                UUID.randomUUID().toString());
    }
}
