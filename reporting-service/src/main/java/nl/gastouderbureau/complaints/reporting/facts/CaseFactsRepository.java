package nl.gastouderbureau.complaints.reporting.facts;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.CloseReason;
import nl.gastouderbureau.complaints.events.FeedbackOutcome;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.events.Verdict;
import nl.gastouderbureau.complaints.reporting.facts.CaseFact.CorrectiveActions;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Repository;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The case facts: one document per case, {@code _id} = case id, in {@code case_facts} or the
 * collection a rebuild made live (see {@link #makeLive}). Every write
 * sets facts (never increments a counter or reads first), so an event delivered twice leaves the
 * same document, and every write is an upsert, so no event depends on another having been
 * projected before it. Facts that a later event may correct are kept apart from the first value
 * ({@code reclassifiedCategory}, {@code extendedRespondBy}) so a redelivered earlier event cannot
 * undo them. Corrective actions live under {@code actions.<actionId>}, so each action's facts are
 * set once however often its events arrive. The methods take only typed facts, which keeps free
 * text out of this store by construction.
 */
@Repository
public class CaseFactsRepository {

    static final String COLLECTION = "case_facts";
    /** Names the collection that holds the live facts; absent until the first rebuild, which means {@link #COLLECTION}. */
    static final String POINTERS = "report_collections";

    private final MongoDatabase database;
    private final String fixedCollection;
    /** Writes kept, in order, until {@link #flush()}; null when every write goes out at once. */
    private final List<WriteModel<Document>> pending;

    /** The live facts, wherever the last rebuild put them. */
    @Autowired
    public CaseFactsRepository(MongoDatabase database) {
        this(database, null);
        facts().createIndex(Indexes.ascending("receivedAt"));
    }

    private CaseFactsRepository(MongoDatabase database, String fixedCollection) {
        this(database, fixedCollection, null);
    }

    private CaseFactsRepository(MongoDatabase database, String fixedCollection, List<WriteModel<Document>> pending) {
        this.database = database;
        this.fixedCollection = fixedCollection;
        this.pending = pending;
    }

    /**
     * This repository's current collection, with the writes kept until {@link #flush()}: a rebuild
     * writes a whole poll of events in one round trip instead of one per event.
     */
    public CaseFactsRepository buffered() {
        return new CaseFactsRepository(database, collection(), new ArrayList<>());
    }

    /** Sends the kept writes in their order, as one ordered bulk write. */
    public void flush() {
        if (pending == null || pending.isEmpty()) {
            return;
        }
        facts().bulkWrite(List.copyOf(pending), new BulkWriteOptions().ordered(true));
        pending.clear();
    }

    /** A new, empty collection for a rebuild to fill while the live one keeps answering. */
    public CaseFactsRepository fresh(String collection) {
        MongoCollection<Document> fresh = database.getCollection(collection);
        fresh.drop();
        fresh.createIndex(Indexes.ascending("receivedAt"));
        return new CaseFactsRepository(database, collection);
    }

    public String collection() {
        if (fixedCollection != null) {
            return fixedCollection;
        }
        Document pointer = database.getCollection(POINTERS).find(Filters.eq("_id", COLLECTION)).first();
        return pointer == null ? COLLECTION : pointer.getString("live");
    }

    /**
     * Makes {@code rebuilt}'s collection the live one and returns the collection it replaced. One
     * write of one document, so every reader and writer sees either the old or the new collection.
     */
    public String makeLive(CaseFactsRepository rebuilt) {
        String previous = collection();
        database.getCollection(POINTERS).updateOne(Filters.eq("_id", COLLECTION),
                Updates.set("live", rebuilt.collection()), new UpdateOptions().upsert(true));
        return previous;
    }

    public void drop(String collection) {
        database.getCollection(collection).drop();
    }

    /**
     * Looked up on every call rather than cached: each instance of the service, and the live
     * projection inside it, must switch as soon as a rebuild on any instance swaps the pointer.
     */
    private MongoCollection<Document> facts() {
        return database.getCollection(collection());
    }

    /** A case began: feedback opened, an informal complaint registered or a formal complaint filed. */
    public void received(String caseId, SubmissionKind kind, Channel channel, SubmitterRole submitterRole,
                         Category category, Instant receivedAt, Instant respondBy) {
        upsert(caseId, Updates.combine(
                Updates.set("kind", name(kind)),
                Updates.set("channel", name(channel)),
                Updates.set("submitterRole", name(submitterRole)),
                Updates.set("category", name(category)),
                Updates.set("receivedAt", date(receivedAt)),
                Updates.set("respondBy", date(respondBy))));
    }

    public void reclassified(String caseId, Category category) {
        upsert(caseId, Updates.set("reclassifiedCategory", name(category)));
    }

    public void deadlineExtended(String caseId, Instant newRespondBy) {
        upsert(caseId, Updates.set("extendedRespondBy", date(newRespondBy)));
    }

    public void feedbackResponded(String caseId, Instant at, FeedbackOutcome outcome) {
        upsert(caseId, Updates.combine(Updates.set("respondedAt", date(at)), Updates.set("outcome", name(outcome))));
    }

    public void conversationHeld(String caseId, Instant at) {
        upsert(caseId, Updates.set("respondedAt", date(at)));
    }

    /** @param actionsDue the due date of each corrective action, by action id */
    public void decided(String caseId, Instant at, Verdict verdict, Map<String, LocalDate> actionsDue) {
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.set("respondedAt", date(at)), Updates.set("verdict", name(verdict))));
        actionsDue.forEach((actionId, dueOn) -> updates.add(Updates.set(action(actionId, "dueOn"), day(dueOn))));
        upsert(caseId, Updates.combine(updates));
    }

    public void overdue(String caseId) {
        upsert(caseId, Updates.set("overdue", true));
    }

    public void legalLimitExceeded(String caseId) {
        upsert(caseId, Updates.set("legalLimitExceeded", true));
    }

    public void actionOverdue(String caseId, String actionId) {
        upsert(caseId, Updates.set(action(actionId, "overdue"), true));
    }

    public void actionCompleted(String caseId, String actionId, Instant at) {
        upsert(caseId, Updates.set(action(actionId, "doneAt"), date(at)));
    }

    public void personalContactRequested(String caseId) {
        upsert(caseId, Updates.set("contactRequested", true));
    }

    public void personalContactMade(String caseId) {
        upsert(caseId, Updates.set("contactMade", true));
    }

    public void personalContactOverdue(String caseId) {
        upsert(caseId, Updates.set("contactOverdue", true));
    }

    public void referredExternally(String caseId) {
        upsert(caseId, Updates.set("referredExternally", true));
    }

    public void closed(String caseId, Instant at, CloseReason reason) {
        upsert(caseId, Updates.combine(Updates.set("closedAt", date(at)), Updates.set("closeReason", name(reason))));
    }

    /** Cases received in {@code [from, until)}. */
    public List<CaseFact> receivedBetween(Instant from, Instant until) {
        List<CaseFact> found = new ArrayList<>();
        facts().find(Filters.and(Filters.gte("receivedAt", date(from)), Filters.lt("receivedAt", date(until))))
                .forEach(document -> found.add(fact(document)));
        return found;
    }

    private void upsert(String caseId, Bson update) {
        if (pending != null) {
            pending.add(new UpdateOneModel<>(Filters.eq("_id", caseId), update, new UpdateOptions().upsert(true)));
            return;
        }
        facts().updateOne(Filters.eq("_id", caseId), update, new UpdateOptions().upsert(true));
    }

    private static CaseFact fact(Document d) {
        Category category = value(d, "reclassifiedCategory", Category::valueOf);
        Date respondBy = d.getDate("extendedRespondBy") != null ? d.getDate("extendedRespondBy") : d.getDate("respondBy");
        return new CaseFact(
                d.getString("_id"),
                value(d, "kind", SubmissionKind::valueOf),
                value(d, "channel", Channel::valueOf),
                value(d, "submitterRole", SubmitterRole::valueOf),
                category != null ? category : value(d, "category", Category::valueOf),
                instant(d.getDate("receivedAt")),
                instant(respondBy),
                instant(d.getDate("respondedAt")),
                d.getBoolean("overdue", false),
                d.getBoolean("legalLimitExceeded", false),
                d.getBoolean("referredExternally", false),
                value(d, "outcome", FeedbackOutcome::valueOf),
                value(d, "verdict", Verdict::valueOf),
                actions(d.get("actions", Document.class)),
                instant(d.getDate("closedAt")),
                value(d, "closeReason", CloseReason::valueOf),
                new CaseFact.PersonalContact(d.getBoolean("contactRequested", false), d.getBoolean("contactMade", false),
                        d.getBoolean("contactOverdue", false)));
    }

    private static CorrectiveActions actions(Document actions) {
        if (actions == null) {
            return CorrectiveActions.NONE;
        }
        long done = 0;
        long overdue = 0;
        for (Object value : actions.values()) {
            Document action = (Document) value;
            done += action.get("doneAt") != null ? 1 : 0;
            overdue += action.getBoolean("overdue", false) ? 1 : 0;
        }
        return new CorrectiveActions(actions.size() - done, done, overdue);
    }

    /** A field path per action; ids are escaped because a dot or a leading {@code $} would change the path. */
    static String action(String actionId, String field) {
        StringBuilder key = new StringBuilder();
        for (byte b : actionId.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
                key.append(c);
            } else {
                key.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return "actions." + key + "." + field;
    }

    private static <E extends Enum<E>> E value(Document document, String field, Function<String, E> parse) {
        String name = document.getString(field);
        return name == null ? null : parse.apply(name);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
