package nl.gastouderbureau.complaints.cases.pages;

import nl.gastouderbureau.complaints.cases.query.CaseStatus;
import nl.gastouderbureau.complaints.cases.query.CaseView;
import nl.gastouderbureau.complaints.cases.web.CaseRequests.CategoryRequest;
import nl.gastouderbureau.complaints.cases.web.CaseRequests.CompletionRequest;
import nl.gastouderbureau.complaints.cases.web.CaseRequests.ContactRequest;
import nl.gastouderbureau.complaints.cases.web.CaseRequests.ConversationRequest;
import nl.gastouderbureau.complaints.cases.web.CaseRequests.CorrectiveActionRequest;
import nl.gastouderbureau.complaints.cases.web.CaseRequests.DecisionRequest;
import nl.gastouderbureau.complaints.cases.web.CaseRequests.ExtensionRequest;
import nl.gastouderbureau.complaints.cases.web.CaseRequests.FeedbackResponseRequest;
import nl.gastouderbureau.complaints.cases.web.CaseRequests.HandlerRequest;
import nl.gastouderbureau.complaints.cases.web.CaseRequests.RulingRequest;
import nl.gastouderbureau.complaints.events.SubmissionKind;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static nl.gastouderbureau.complaints.cases.web.CaseCommands.AGENCY_ZONE;

/**
 * The staff forms on a case page, one per command, as posted. Each carries the version of the case
 * it was rendered with (the API's {@code If-Match}) and turns into the API's request payload, which
 * checks the fields.
 */
final class StaffForms {

    /**
     * The forms in the order the page shows them, unless {@link #orderFor} moves one up; a new
     * command's form joins here and in {@link #offeredFor}.
     */
    static final List<String> ORDER = List.of("feedback-response", "conversation", "handler", "decision", "extension",
            "disputes-committee-ruling", "contact", "category");

    private StaffForms() {
    }

    /** The forms that make sense for the case as it stands. The aggregate still decides; this only spares staff a refusal. */
    static List<String> offeredFor(CaseView c) {
        SubmissionKind kind = SubmissionKind.valueOf(c.kind());
        boolean open = c.status() != CaseStatus.CLOSED;
        boolean undecidedComplaint = kind == SubmissionKind.COMPLAINT && open && c.verdict() == null;
        List<String> offered = new ArrayList<>();
        if (kind.isFeedback() && c.feedbackResponse() == null) {
            offered.add("feedback-response");
        }
        if (kind == SubmissionKind.INFORMAL_COMPLAINT && open && c.conversation() == null) {
            offered.add("conversation");
        }
        if (undecidedComplaint) {
            offered.add("handler");
            offered.add("decision");
            if (c.extension() == null) {
                offered.add("extension");
            }
        }
        if (c.status() == CaseStatus.REFERRED && c.ruling() == null) {
            offered.add("disputes-committee-ruling");
        }
        // F6 lets staff record a contact on any case; on a closed one it would only be a late note.
        if (open) {
            offered.add("contact");
        }
        offered.add("category");
        return orderFor(c).stream().filter(offered::contains).toList();
    }

    /** {@link #ORDER}, with the contact form first while a submitter waits for the call they asked for. */
    static List<String> orderFor(CaseView c) {
        if (c.personalContact() == null || !c.personalContact().open()) {
            return ORDER;
        }
        List<String> order = new ArrayList<>(ORDER);
        order.remove("contact");
        order.add(0, "contact");
        return List.copyOf(order);
    }

    /** Every form of the page as it first appears: empty, or holding what the case says now. */
    static Map<String, Object> blank(CaseView c, LocalDate today) {
        Map<String, Object> forms = new LinkedHashMap<>();
        forms.put("feedback-response", new FeedbackResponseForm(null, null, null));
        forms.put("conversation", new ConversationForm(null, today.toString(), null, null));
        forms.put("handler", new HandlerForm(null, c.handlerId()));
        forms.put("decision", new DecisionForm(null, null, null, List.of()));
        forms.put("extension", new ExtensionForm(null, null, null));
        forms.put("disputes-committee-ruling", new RulingForm(null, null, today.toString()));
        forms.put("contact", new ContactForm(null, today.toString(), null, null));
        forms.put("category", new CategoryForm(null, c.category()));
        c.correctiveActions().forEach(a -> forms.put(completion(a.id()), new CompletionForm(null, null)));
        return forms;
    }

    static String completion(String actionId) {
        return "completion-" + actionId;
    }

    public record FeedbackResponseForm(String version, String outcome, String message) {

        FeedbackResponseRequest request() {
            return new FeedbackResponseRequest(outcome, message);
        }
    }

    public record ConversationForm(String version, String heldOn, String outcome, String summary) {

        ConversationRequest request() {
            return new ConversationRequest(heldOn, outcome, summary);
        }
    }

    public record HandlerForm(String version, String handlerId) {

        HandlerRequest request() {
            return new HandlerRequest(handlerId);
        }
    }

    /** One row of the decision's corrective actions; a row left empty is no action. */
    public record ActionRow(String description, String owner, String dueOn) {

        boolean blank() {
            return isBlank(description) && isBlank(owner) && isBlank(dueOn);
        }
    }

    /** Without JavaScript the form cannot grow, so it always offers {@link #ROWS} rows for actions. */
    public record DecisionForm(String version, String verdict, String reasoning, List<ActionRow> actions) {

        static final int ROWS = 3;
        private static final Pattern ACTION_FIELD = Pattern.compile("correctiveActions\\[(\\d+)]\\.?(.*)");

        public DecisionForm {
            actions = actions == null ? List.of() : actions;
        }

        /** The rows to show: those posted, topped up with empty ones. */
        public List<ActionRow> rows() {
            List<ActionRow> rows = new ArrayList<>(actions.stream().map(a -> a == null ? new ActionRow(null, null, null) : a).toList());
            while (rows.size() < ROWS) {
                rows.add(new ActionRow(null, null, null));
            }
            return rows;
        }

        DecisionRequest request() {
            return new DecisionRequest(verdict, reasoning, filled().stream()
                    .map(i -> rows().get(i))
                    .map(a -> new CorrectiveActionRequest(a.description(), a.owner(), a.dueOn()))
                    .toList());
        }

        /**
         * The input of a field the request named: {@code correctiveActions[1].dueOn} is the second
         * filled row, which may be the third on the page when one was left empty.
         */
        String input(String field) {
            Matcher action = ACTION_FIELD.matcher(field);
            if (action.matches()) {
                int row = filled().get(Integer.parseInt(action.group(1)));
                return "decision-action-" + row + "-" + (action.group(2).isEmpty() ? "description" : action.group(2));
            }
            return "decision-" + field;
        }

        private List<Integer> filled() {
            List<ActionRow> rows = rows();
            return IntStream.range(0, rows.size()).filter(i -> !rows.get(i).blank()).boxed().toList();
        }
    }

    public record CompletionForm(String version, String note) {

        CompletionRequest request() {
            return new CompletionRequest(note);
        }
    }

    /**
     * @param newHandleBy as an {@code <input type="datetime-local">} gives it: Dutch wall-clock time
     */
    public record ExtensionForm(String version, String newHandleBy, String reason) {

        /** The moment in Dutch time; what is no moment goes on as it is, for the request to name. */
        ExtensionRequest request() {
            String moment = newHandleBy;
            if (!isBlank(newHandleBy)) {
                try {
                    moment = LocalDateTime.parse(newHandleBy.strip()).atZone(AGENCY_ZONE).toInstant().toString();
                } catch (DateTimeParseException notAMoment) {
                    // The request refuses it, naming newHandleBy.
                }
            }
            return new ExtensionRequest(moment, reason);
        }
    }

    public record CategoryForm(String version, String category) {

        CategoryRequest request() {
            return new CategoryRequest(category);
        }
    }

    /** F6: the call or meeting that took place, dated by the day it happened. */
    public record ContactForm(String version, String contactedOn, String how, String summary) {

        ContactRequest request() {
            return new ContactRequest(contactedOn, how, summary);
        }
    }

    public record RulingForm(String version, String ruling, String receivedOn) {

        RulingRequest request() {
            return new RulingRequest(ruling, receivedOn);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
