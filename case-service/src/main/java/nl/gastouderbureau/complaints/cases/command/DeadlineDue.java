package nl.gastouderbureau.complaints.cases.command;

import java.time.Instant;

/**
 * The payload of every case deadline: the moment it was set for and, for a corrective action,
 * which one. A deadline that fires for a moment the case no longer has (an extension moved it)
 * is recognised and ignored.
 */
public record DeadlineDue(Instant dueAt, String actionId) {

    static DeadlineDue at(Instant dueAt) {
        return new DeadlineDue(dueAt, null);
    }
}
