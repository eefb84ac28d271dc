package nl.gastouderbureau.complaints.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * The logical name and schema version of every event that crosses a service boundary. The name,
 * never the Java class name, travels in the {@code eventType} header.
 */
public enum EventType {
    SUBMISSION_RECEIVED("SubmissionReceived", 1, SubmissionReceived.class),
    FEEDBACK_CASE_OPENED("FeedbackCaseOpened", 1, FeedbackCaseOpened.class),
    FEEDBACK_RESPONSE_RECORDED("FeedbackResponseRecorded", 1, FeedbackResponseRecorded.class),
    FEEDBACK_RESPONSE_REMINDER_DUE("FeedbackResponseReminderDue", 1, FeedbackResponseReminderDue.class),
    FEEDBACK_RESPONSE_OVERDUE("FeedbackResponseOverdue", 1, FeedbackResponseOverdue.class),
    INFORMAL_COMPLAINT_REGISTERED("InformalComplaintRegistered", 1, InformalComplaintRegistered.class),
    INFORMAL_CONVERSATION_HELD("InformalConversationHeld", 1, InformalConversationHeld.class),
    COMPLAINT_FILED("ComplaintFiled", 1, ComplaintFiled.class),
    HANDLER_ASSIGNED("HandlerAssigned", 1, HandlerAssigned.class),
    COMPLAINT_HANDLING_REMINDER_DUE("ComplaintHandlingReminderDue", 1, ComplaintHandlingReminderDue.class),
    COMPLAINT_HANDLING_OVERDUE("ComplaintHandlingOverdue", 1, ComplaintHandlingOverdue.class),
    LEGAL_HANDLING_LIMIT_EXCEEDED("LegalHandlingLimitExceeded", 1, LegalHandlingLimitExceeded.class),
    HANDLING_DEADLINE_EXTENDED("HandlingDeadlineExtended", 1, HandlingDeadlineExtended.class),
    COMPLAINT_DECIDED("ComplaintDecided", 1, ComplaintDecided.class),
    CORRECTIVE_ACTION_REMINDER_DUE("CorrectiveActionReminderDue", 1, CorrectiveActionReminderDue.class),
    CORRECTIVE_ACTION_OVERDUE("CorrectiveActionOverdue", 1, CorrectiveActionOverdue.class),
    CORRECTIVE_ACTION_COMPLETED("CorrectiveActionCompleted", 1, CorrectiveActionCompleted.class),
    CLIENT_SATISFACTION_RECORDED("ClientSatisfactionRecorded", 1, ClientSatisfactionRecorded.class),
    REFERRED_TO_DISPUTES_COMMITTEE("ReferredToDisputesCommittee", 1, ReferredToDisputesCommittee.class),
    DISPUTES_COMMITTEE_RULING_RECORDED("DisputesCommitteeRulingRecorded", 1, DisputesCommitteeRulingRecorded.class),
    CASE_CATEGORISED("CaseCategorised", 1, CaseCategorised.class),
    CASE_CLOSED("CaseClosed", 1, CaseClosed.class),
    SUBMITTER_REPLY_RECEIVED("SubmitterReplyReceived", 1, SubmitterReplyReceived.class),
    PERSONAL_CONTACT_REQUESTED("PersonalContactRequested", 1, PersonalContactRequested.class),
    PERSONAL_CONTACT_RECORDED("PersonalContactRecorded", 1, PersonalContactRecorded.class),
    PERSONAL_CONTACT_OVERDUE("PersonalContactOverdue", 1, PersonalContactOverdue.class),
    SUBMITTER_MESSAGE_ADDED("SubmitterMessageAdded", 1, SubmitterMessageAdded.class),
    PERSONAL_DATA_ERASED("PersonalDataErased", 1, PersonalDataErased.class);

    private final String logicalName;
    private final int schemaVersion;
    private final Class<?> payloadType;

    EventType(String logicalName, int schemaVersion, Class<?> payloadType) {
        this.logicalName = logicalName;
        this.schemaVersion = schemaVersion;
        this.payloadType = payloadType;
    }

    public String logicalName() {
        return logicalName;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public Class<?> payloadType() {
        return payloadType;
    }

    public static Optional<EventType> byName(String logicalName) {
        return Arrays.stream(values()).filter(t -> t.logicalName.equals(logicalName)).findFirst();
    }

    public static EventType of(Object payload) {
        return Arrays.stream(values())
                .filter(t -> t.payloadType == payload.getClass())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a shared event: " + payload.getClass().getName()));
    }
}
