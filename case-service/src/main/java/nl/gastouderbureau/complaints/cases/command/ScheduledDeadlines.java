package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.CorrectiveAction;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateScopeDescriptor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The deadlines of a case (F3, F4, F6, C6, C6a, C6b) and the ids to cancel them by.
 * <p>
 * The deadline manager hands out a schedule id when a command handler schedules; event sourcing
 * handlers may only assign state from events, so the ids travel in the metadata of the event the
 * command applies. They stay out of the event payload, which is the published contract.
 */
final class ScheduledDeadlines {

    static final String FEEDBACK_REMINDER = "feedback-reminder";
    static final String FEEDBACK_OVERDUE = "feedback-overdue";
    static final String HANDLING_REMINDER = "handling-reminder";
    static final String HANDLING_OVERDUE = "handling-overdue";
    static final String LEGAL_LIMIT = "legal-limit";
    static final String ACTION_REMINDER = "action-reminder";
    static final String ACTION_OVERDUE = "action-overdue";
    static final String CONTACT_OVERDUE = "contact-overdue";
    static final String METADATA_KEY = "deadlineScheduleIds";
    static final ZoneId AGENCY_ZONE = ZoneId.of("Europe/Amsterdam");

    private final Map<String, String> scheduleIds = new HashMap<>();

    /** C6b: an action due on a day is overdue once that day ended where the agency is. */
    static Instant endOf(LocalDate dueOn) {
        return dueOn.plusDays(1).atStartOfDay(AGENCY_ZONE).toInstant();
    }

    static Scheduling scheduling(DeadlineManager manager, String caseId) {
        return new Scheduling(manager, new AggregateScopeDescriptor(Case.TYPE, caseId));
    }

    void remember(MetaData metaData) {
        if (metaData.get(METADATA_KEY) instanceof Map<?, ?> ids) {
            ids.forEach((key, id) -> scheduleIds.put(String.valueOf(key), String.valueOf(id)));
        }
    }

    /** A deadline that already fired or was cancelled cancels as nothing. */
    void cancel(DeadlineManager manager, String name) {
        cancel(manager, name, null);
    }

    void cancel(DeadlineManager manager, String name, String actionId) {
        String id = scheduleIds.get(key(name, actionId));
        if (id != null) {
            manager.cancelSchedule(name, id);
        }
    }

    /** Every deadline the case ever set, by its id: those that already fired or were cancelled cancel as nothing. */
    void cancelAll(DeadlineManager manager) {
        scheduleIds.forEach((key, id) -> manager.cancelSchedule(key.split(":", 2)[0], id));
    }

    private static String key(String name, String actionId) {
        return actionId == null ? name : name + ":" + actionId;
    }

    /** Schedules in a command handler and collects the ids for the metadata of the event it applies. */
    static final class Scheduling {

        private final DeadlineManager manager;
        private final AggregateScopeDescriptor scope;
        private final Map<String, String> ids = new LinkedHashMap<>();

        private Scheduling(DeadlineManager manager, AggregateScopeDescriptor scope) {
            this.manager = manager;
            this.scope = scope;
        }

        Scheduling schedule(String name, Instant triggerAt, DeadlineDue due) {
            ids.put(key(name, due.actionId()), manager.schedule(triggerAt, name, due, scope));
            return this;
        }

        Scheduling actionDeadlines(CorrectiveAction action, Duration reminderBefore) {
            Instant overdueAt = endOf(action.dueOn());
            DeadlineDue due = new DeadlineDue(overdueAt, action.id());
            return schedule(ACTION_REMINDER, overdueAt.minus(reminderBefore), due).schedule(ACTION_OVERDUE, overdueAt, due);
        }

        MetaData metaData() {
            return MetaData.with(METADATA_KEY, Map.copyOf(ids));
        }
    }
}
