package nl.gastouderbureau.complaints.cases.query;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case as staff read it (DESIGN §5 "case"). {@code version} is the sequence number of the
 * case's last event: the value a command's {@code If-Match} names.
 *
 * @param respondBy the feedback deadline; absent on a complaint
 * @param handleBy  the complaint deadline; absent on feedback
 */
public record CaseView(
        String id,
        String reference,
        String kind,
        CaseStatus status,
        long version,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant respondBy,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant handleBy,
        boolean overdue,
        String handlerId,
        String verdict,
        List<CorrectiveAction> correctiveActions,
        List<TimelineEntry> timeline,
        String category,
        String channel,
        String submitterRole,
        String message,
        Instant receivedAt) {

    public record CorrectiveAction(String id, String description, String owner, LocalDate dueOn, boolean done) {
    }

    /** @param actor who caused the entry: a user id, or a party such as {@code submitter} */
    public record TimelineEntry(String type, Instant at, String actor) {
    }
}
