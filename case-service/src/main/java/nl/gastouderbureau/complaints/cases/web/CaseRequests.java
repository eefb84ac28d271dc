package nl.gastouderbureau.complaints.cases.web;

import nl.gastouderbureau.complaints.cases.command.AssignHandlerCommand;
import nl.gastouderbureau.complaints.cases.command.CaseId;
import nl.gastouderbureau.complaints.cases.command.CategoriseCaseCommand;
import nl.gastouderbureau.complaints.cases.command.CompleteCorrectiveActionCommand;
import nl.gastouderbureau.complaints.cases.command.ExtendHandlingDeadlineCommand;
import nl.gastouderbureau.complaints.cases.command.RecordConversationCommand;
import nl.gastouderbureau.complaints.cases.command.RecordDecisionCommand;
import nl.gastouderbureau.complaints.cases.command.RecordDecisionCommand.NewCorrectiveAction;
import nl.gastouderbureau.complaints.cases.command.RecordFeedbackResponseCommand;
import nl.gastouderbureau.complaints.cases.command.RecordPersonalContactCommand;
import nl.gastouderbureau.complaints.cases.command.RecordRulingCommand;
import nl.gastouderbureau.complaints.cases.command.RecordSatisfactionCommand;
import nl.gastouderbureau.complaints.cases.command.ReferToDisputesCommitteeCommand;
import nl.gastouderbureau.complaints.events.Actor;
import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.ContactMethod;
import nl.gastouderbureau.complaints.events.ConversationOutcome;
import nl.gastouderbureau.complaints.events.FeedbackOutcome;
import nl.gastouderbureau.complaints.events.Verdict;
import nl.gastouderbureau.complaints.support.web.RequestValidator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The command payloads of DESIGN §5. Each checks every field, so a 400 names all that is wrong at
 * once, and turns itself into the command; whether the rules allow the command is the aggregate's
 * to say (a 409). The staff and client pages send the same payloads, so a page refuses exactly
 * what the API refuses.
 */
public final class CaseRequests {

    private CaseRequests() {
    }

    /** Who sends the command, when, and at which version of the case. */
    public record Origin(String caseId, Long expectedVersion, Actor by, Instant at) {

        public CaseId id() {
            return new CaseId(caseId);
        }
    }

    public record FeedbackResponseRequest(String outcome, String message) {

        public Object command(Origin o) {
            RequestValidator v = new RequestValidator();
            FeedbackOutcome outcome = v.required("outcome", this.outcome, FeedbackOutcome.class);
            String message = v.text("message", this.message, 1, 5000);
            v.throwIfInvalid();
            return new RecordFeedbackResponseCommand(o.id(), outcome, message, o.expectedVersion(), o.by(), o.at());
        }
    }

    public record ConversationRequest(String heldOn, String outcome, String summary) {

        public Object command(Origin o) {
            RequestValidator v = new RequestValidator();
            LocalDate heldOn = date(v, "heldOn", this.heldOn, true);
            ConversationOutcome outcome = v.required("outcome", this.outcome, ConversationOutcome.class);
            String summary = v.text("summary", this.summary, 1, 5000);
            v.throwIfInvalid();
            return new RecordConversationCommand(o.id(), heldOn, outcome, summary, o.expectedVersion(), o.by(), o.at());
        }
    }

    public record HandlerRequest(String handlerId) {

        public Object command(Origin o) {
            RequestValidator v = new RequestValidator();
            String handlerId = v.text("handlerId", this.handlerId, 1, 100);
            v.throwIfInvalid();
            return new AssignHandlerCommand(o.id(), handlerId, o.expectedVersion(), o.by(), o.at());
        }
    }

    public record CorrectiveActionRequest(String description, String owner, String dueOn) {
    }

    public record DecisionRequest(String verdict, String reasoning, List<CorrectiveActionRequest> correctiveActions) {

        public Object command(Origin o) {
            RequestValidator v = new RequestValidator();
            Verdict verdict = v.required("verdict", this.verdict, Verdict.class);
            String reasoning = v.text("reasoning", this.reasoning, 1, 10000);
            List<NewCorrectiveAction> actions = new ArrayList<>();
            List<CorrectiveActionRequest> requested = correctiveActions == null ? List.of() : correctiveActions;
            for (int i = 0; i < requested.size(); i++) {
                String field = "correctiveActions[" + i + "]";
                CorrectiveActionRequest action = requested.get(i);
                if (action == null) {
                    v.reject(field, "is required");
                    continue;
                }
                actions.add(new NewCorrectiveAction(
                        v.text(field + ".description", action.description(), 1, 1000),
                        v.text(field + ".owner", action.owner(), 1, 200),
                        date(v, field + ".dueOn", action.dueOn(), true)));
            }
            v.throwIfInvalid();
            return RecordDecisionCommand.withNewActions(o.id(), verdict, reasoning, actions, o.expectedVersion(), o.by(), o.at());
        }
    }

    public record CompletionRequest(String note) {

        public Object command(Origin o, String actionId) {
            RequestValidator v = new RequestValidator();
            String note = v.optionalText("note", this.note, 2000);
            v.throwIfInvalid();
            return new CompleteCorrectiveActionCommand(o.id(), actionId, note, o.expectedVersion(), o.by(), o.at());
        }
    }

    public record ExtensionRequest(String newHandleBy, String reason) {

        public Object command(Origin o) {
            RequestValidator v = new RequestValidator();
            Instant newHandleBy = instant(v, "newHandleBy", this.newHandleBy);
            String reason = v.text("reason", this.reason, 1, 2000);
            v.throwIfInvalid();
            return new ExtendHandlingDeadlineCommand(o.id(), newHandleBy, reason, o.expectedVersion(), o.by(), o.at());
        }
    }

    public record CategoryRequest(String category) {

        public Object command(Origin o) {
            RequestValidator v = new RequestValidator();
            Category category = v.required("category", this.category, Category.class);
            v.throwIfInvalid();
            return new CategoriseCaseCommand(o.id(), category, o.expectedVersion(), o.by(), o.at());
        }
    }

    /** F6. A contact is recorded once it took place: {@code contactedOn} may not lie after today. */
    public record ContactRequest(String contactedOn, String how, String summary) {

        public Object command(Origin o, LocalDate today) {
            RequestValidator v = new RequestValidator();
            LocalDate contactedOn = date(v, "contactedOn", this.contactedOn, true);
            if (contactedOn != null && contactedOn.isAfter(today)) {
                v.reject("contactedOn", "may not be in the future; the day the contact took place");
            }
            ContactMethod how = v.required("how", this.how, ContactMethod.class);
            String summary = v.text("summary", this.summary, 1, 5000);
            v.throwIfInvalid();
            return new RecordPersonalContactCommand(o.id(), contactedOn, how, summary, o.expectedVersion(), o.by(), o.at());
        }
    }

    public record RulingRequest(String ruling, String receivedOn) {

        public Object command(Origin o) {
            RequestValidator v = new RequestValidator();
            String ruling = v.text("ruling", this.ruling, 1, 10000);
            LocalDate receivedOn = date(v, "receivedOn", this.receivedOn, true);
            v.throwIfInvalid();
            return new RecordRulingCommand(o.id(), ruling, receivedOn, o.expectedVersion(), o.by(), o.at());
        }
    }

    public record SatisfactionRequest(Boolean satisfied, String comment) {

        public Object command(Origin o) {
            RequestValidator v = new RequestValidator();
            v.require(satisfied != null, "satisfied", "is required; true or false");
            String comment = v.optionalText("comment", this.comment, 5000);
            v.throwIfInvalid();
            return new RecordSatisfactionCommand(o.id(), satisfied, comment, o.expectedVersion(), o.by(), o.at());
        }
    }

    /** Without {@code referredOn} the referral is dated today. */
    public record ReferralRequest(String referredOn, String committeeReference) {

        public Object command(Origin o, LocalDate today) {
            RequestValidator v = new RequestValidator();
            LocalDate referredOn = date(v, "referredOn", this.referredOn, false);
            String committeeReference = v.optionalText("committeeReference", this.committeeReference, 100);
            v.throwIfInvalid();
            return new ReferToDisputesCommitteeCommand(o.id(), referredOn == null ? today : referredOn,
                    committeeReference, o.expectedVersion(), o.by(), o.at());
        }
    }

    private static LocalDate date(RequestValidator v, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                v.reject(field, "is required; a date such as 2026-12-31");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            v.reject(field, "must be a date such as 2026-12-31");
            return null;
        }
    }

    private static Instant instant(RequestValidator v, String field, String value) {
        if (value == null || value.isBlank()) {
            v.reject(field, "is required; a moment such as 2026-12-22T10:00:00Z");
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            v.reject(field, "must be a moment such as 2026-12-22T10:00:00Z");
            return null;
        }
    }
}
