package nl.gastouderbureau.complaints.intake.web;

import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmissionReceived.ComplaintDetails;
import nl.gastouderbureau.complaints.intake.submission.NewSubmission;
import nl.gastouderbureau.complaints.support.web.RequestValidator;

import java.time.LocalDate;

/**
 * The body of {@code POST /api/v1/complaints} (DESIGN §5). {@code category} and {@code language}
 * are optional additions, as on feedback; the form sends the language the client reads.
 */
public record ComplaintRequest(String subject, String description, String involvedEmployee, String occurredOn,
                               String desiredOutcome, String informalCaseId, String category, String language) {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_DESCRIPTION = 10_000;
    public static final int MAX_EMPLOYEE = 200;
    public static final int MAX_DESIRED_OUTCOME = 5000;

    /**
     * @param clientAccount the logged-in client, who the complaint is from
     * @param today         the agency's date, after which {@code occurredOn} may not lie
     */
    NewSubmission validated(String clientAccount, LocalDate today) {
        RequestValidator v = new RequestValidator();
        String validSubject = v.text("subject", subject, 1, MAX_SUBJECT);
        String validDescription = v.text("description", description, 1, MAX_DESCRIPTION);
        String employee = v.optionalText("involvedEmployee", involvedEmployee, MAX_EMPLOYEE);
        LocalDate validOccurredOn = v.dateNotAfter("occurredOn", occurredOn, today);
        String outcome = v.optionalText("desiredOutcome", desiredOutcome, MAX_DESIRED_OUTCOME);
        String linkedCase = v.id("informalCaseId", informalCaseId);
        Category validCategory = v.optional("category", category, Category.class);
        Language validLanguage = Language.orDefault(v.optional("language", language, Language.class));
        v.throwIfInvalid();
        return new NewSubmission(SubmissionKind.COMPLAINT, Channel.WEB_FORM, null, validCategory, validLanguage,
                validSubject, validDescription, null, clientAccount, linkedCase, false,
                new ComplaintDetails(employee, validOccurredOn, outcome));
    }
}
