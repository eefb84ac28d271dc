package nl.gastouderbureau.complaints.notification.log;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import nl.gastouderbureau.complaints.notification.mail.RenderedMail;
import org.bson.Document;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What was sent, to whom and when, one document per (event, type) keyed {@code <eventId>:<TYPE>}.
 * The unique {@code _id} is what makes a notification happen once: whoever inserts it first sends.
 *
 * <p>The rendered content is kept only until the mail has left, so a failed mail can be sent again
 * without the event that caused it; once sent, only the facts of DESIGN §5 remain.
 *
 * <p>{@code lastAttemptAt} orders the waiting mails for a resend: a mail that failed again goes to the
 * back, so one address the server keeps refusing does not hold up the others.
 */
@Repository
public class NotificationLog {

    static final String COLLECTION = "notifications";
    static final String ERASED = "not sent: the personal data of the case was erased";

    private final MongoCollection<Document> notifications;

    public NotificationLog(MongoDatabase database) {
        this.notifications = database.getCollection(COLLECTION);
        notifications.createIndex(Indexes.ascending("caseId"));
        notifications.createIndex(Indexes.ascending("status", "lastAttemptAt"));
    }

    public static String idOf(String eventId, NotificationType type) {
        return eventId + ":" + type.name();
    }

    /**
     * Claims notifications before anything is sent, in one round trip: whoever inserts one first
     * sends it.
     *
     * @return the ones claimed now, in the order given; a notification claimed before (its event
     * was handled before) is left out
     */
    public List<WaitingNotification> claim(List<Claim> claims, Instant at) {
        if (claims.isEmpty()) {
            return List.of();
        }
        List<Document> documents = claims.stream().map(claim -> new Document("_id", claim.notification().id())
                        .append("caseId", claim.caseId())
                        .append("type", claim.notification().type().name())
                        .append("recipient", claim.notification().recipient())
                        .append("status", NotificationStatus.PENDING.name())
                        .append("recordedAt", Date.from(at))
                        .append("lastAttemptAt", Date.from(at))
                        .append("attempts", 0)
                        .append("content", content(claim.notification().content())))
                .toList();
        Set<Integer> claimedBefore = new HashSet<>();
        try {
            // Unordered: a notification claimed before does not stop the others from being claimed.
            notifications.insertMany(documents, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                claimedBefore.add(error.getIndex());
            }
        }
        List<WaitingNotification> claimed = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            if (!claimedBefore.contains(i)) {
                claimed.add(claims.get(i).notification());
            }
        }
        return claimed;
    }

    /** A notification to claim, and the case it belongs to. */
    public record Claim(String caseId, WaitingNotification notification) {
    }

    /** A notification the SMTP server took, and in how many attempts this time (the last one taken). */
    public record Sent(String id, int attempts) {
    }

    /** Marks these notifications sent, in one round trip, and forgets their content. */
    public void markSent(List<Sent> sent, Instant at) {
        if (sent.isEmpty()) {
            return;
        }
        notifications.bulkWrite(sent.stream().map(mail -> new UpdateOneModel<Document>(Filters.eq("_id", mail.id()),
                Updates.combine(
                        Updates.set("status", NotificationStatus.SENT.name()),
                        Updates.set("sentAt", Date.from(at)),
                        Updates.inc("attempts", mail.attempts()),
                        Updates.unset("error"),
                        Updates.unset("retry"),
                        Updates.unset("content")))).toList(),
                new BulkWriteOptions().ordered(false));
    }

    private static Document content(RenderedMail content) {
        return new Document("subject", content.subject())
                .append("plainText", content.plainText())
                .append("html", content.html())
                .append("languageTag", content.languageTag());
    }

    /**
     * @param retry false when sending again cannot help (the message could not even be built), so
     *              {@link #claimWaiting} leaves it for a person to look at
     */
    public void markFailed(String id, String error, boolean retry, int attempts, Instant at) {
        notifications.updateOne(Filters.eq("_id", id), Updates.combine(
                Updates.set("status", NotificationStatus.FAILED.name()),
                Updates.set("failedAt", Date.from(at)),
                Updates.set("lastAttemptAt", Date.from(at)),
                Updates.set("error", error),
                Updates.set("retry", retry),
                Updates.inc("attempts", attempts)));
    }

    /**
     * Claims the longest-waiting notification to send again: one that failed before {@code now} and
     * may be retried, or one left PENDING since before {@code stalePendingBefore} (its sender crashed
     * or gave up between claim and mark). The claim is one atomic update that makes it PENDING again
     * as of {@code now}, so two instances never take the same one and a run never takes it twice.
     */
    public Optional<WaitingNotification> claimWaiting(Instant now, Instant stalePendingBefore) {
        Document claimed = notifications.findOneAndUpdate(
                Filters.or(
                        Filters.and(Filters.eq("status", NotificationStatus.FAILED.name()),
                                Filters.eq("retry", true),
                                Filters.lt("lastAttemptAt", Date.from(now))),
                        Filters.and(Filters.eq("status", NotificationStatus.PENDING.name()),
                                Filters.lt("lastAttemptAt", Date.from(stalePendingBefore)))),
                Updates.combine(
                        Updates.set("status", NotificationStatus.PENDING.name()),
                        Updates.set("lastAttemptAt", Date.from(now))),
                new FindOneAndUpdateOptions().sort(Sorts.ascending("lastAttemptAt", "_id")));
        if (claimed == null) {
            return Optional.empty();
        }
        Document content = claimed.get("content", Document.class);
        return Optional.of(new WaitingNotification(claimed.getString("_id"),
                NotificationType.valueOf(claimed.getString("type")), claimed.getString("recipient"),
                new RenderedMail(content.getString("subject"), content.getString("plainText"),
                        content.getString("html"), content.getString("languageTag"))));
    }

    /**
     * P2: the case's personal data is erased. A mail not yet sent is not sent any more (its content
     * goes, with any error that might quote it), and the submitter's address is no longer named as
     * recipient; what was sent when, and to which staff address, stays.
     *
     * @param submitterAddress the address the case's mail went to, or null when there was none
     */
    public void erase(String caseId, String submitterAddress) {
        notifications.updateMany(Filters.and(Filters.eq("caseId", caseId),
                        Filters.ne("status", NotificationStatus.SENT.name())),
                Updates.combine(
                        Updates.set("status", NotificationStatus.FAILED.name()),
                        Updates.set("retry", false),
                        Updates.set("error", ERASED)));
        notifications.updateMany(Filters.eq("caseId", caseId), Updates.unset("content"));
        notifications.updateMany(Filters.and(Filters.eq("caseId", caseId), Filters.ne("error", ERASED)),
                Updates.unset("error"));
        if (submitterAddress != null) {
            notifications.updateMany(Filters.and(Filters.eq("caseId", caseId), Filters.eq("recipient", submitterAddress)),
                    Updates.set("recipient", null));
        }
    }

    /** Every notification of a case in the order they were recorded. */
    public List<NotificationEntry> forCase(String caseId) {
        List<NotificationEntry> entries = new ArrayList<>();
        notifications.find(Filters.eq("caseId", caseId))
                .projection(new Document("content", 0))
                .sort(Sorts.ascending("recordedAt", "_id"))
                .forEach(document -> entries.add(entry(document)));
        return entries;
    }

    private static NotificationEntry entry(Document document) {
        return new NotificationEntry(
                document.getString("_id"),
                document.getString("caseId"),
                NotificationType.valueOf(document.getString("type")),
                document.getString("recipient"),
                NotificationStatus.valueOf(document.getString("status")),
                instant(document.getDate("recordedAt")),
                instant(document.getDate("sentAt")),
                document.getInteger("attempts", 0),
                document.getString("error"));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
