package nl.gastouderbureau.complaints.cases.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import nl.gastouderbureau.complaints.cases.query.CaseView.Complaint;
import nl.gastouderbureau.complaints.cases.query.CaseView.Conversation;
import nl.gastouderbureau.complaints.cases.query.CaseView.CorrectiveAction;
import nl.gastouderbureau.complaints.cases.query.CaseView.Extension;
import nl.gastouderbureau.complaints.cases.query.CaseView.FeedbackResponse;
import nl.gastouderbureau.complaints.cases.query.CaseView.PersonalContact;
import nl.gastouderbureau.complaints.cases.query.CaseView.PersonalDataErasure;
import nl.gastouderbureau.complaints.cases.query.CaseView.Referral;
import nl.gastouderbureau.complaints.cases.query.CaseView.Ruling;
import nl.gastouderbureau.complaints.cases.query.CaseView.Satisfaction;
import nl.gastouderbureau.complaints.cases.query.CaseView.TimelineEntry;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import static com.mongodb.client.model.Filters.eq;

/** Reads the documents {@link CaseProjection} writes. */
@Component
public class CaseViews {

    /** The longest wait between two looks when no write signal comes (another instance projects). */
    private static final long MAX_PAUSE_MILLIS = 100;

    private final MongoCollection<Document> cases;
    private final ProjectionWrites writes;

    @Autowired
    public CaseViews(MongoDatabase database, ProjectionWrites writes) {
        this.cases = database.getCollection(CaseProjection.COLLECTION);
        this.writes = writes;
    }

    public CaseViews(MongoDatabase database) {
        this(database, new ProjectionWrites());
    }

    public Optional<CaseView> find(String caseId) {
        return Optional.ofNullable(cases.find(eq("_id", caseId)).first()).map(CaseViews::toView);
    }

    /** The client's own cases, newest first. */
    public List<CaseView> ofClient(String clientAccount) {
        return cases.find(eq("clientAccount", clientAccount)).sort(newestFirst())
                .map(CaseViews::toView).into(new ArrayList<>());
    }

    /** Newest first; a page past the end is empty. */
    public CasePage<CaseView> search(CaseQuery query) {
        Bson filter = filter(query);
        List<CaseView> items = cases.find(filter).sort(newestFirst())
                .skip(query.page() * query.size()).limit(query.size())
                .map(CaseViews::toView).into(new ArrayList<>());
        return new CasePage<>(items, cases.countDocuments(filter));
    }

    /**
     * Waits until the projection shows the case at {@code version} or later, for read-your-writes
     * after a command: the projection is a tracking processor and lags the event store a little.
     * Empty if it did not get there within {@code patience}.
     */
    public Optional<CaseView> awaitVersion(String caseId, long version, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            long seen = writes.count();
            Optional<CaseView> view = find(caseId);
            if (view.isPresent() && view.get().version() >= version) {
                return view;
            }
            if (System.nanoTime() > deadline) {
                return Optional.empty();
            }
            try {
                writes.awaitWriteAfter(seen, MAX_PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /**
     * P3: cases whose personal data is due for erasure: closed, or feedback responded to, before
     * {@code cutoff}, and not erased yet. At most {@code limit}, the longest finished first.
     */
    public List<FinishedCase> finishedBefore(Instant cutoff, int limit) {
        Date before = Date.from(cutoff);
        Bson due = Filters.and(Filters.exists("personalDataErased", false), Filters.or(
                Filters.and(eq("status", CaseStatus.CLOSED.name()), Filters.lt("closedAt", before)),
                Filters.and(eq("status", CaseStatus.RESPONDED.name()), Filters.lt("feedbackResponse.at", before))));
        return cases.find(due).sort(Sorts.ascending("receivedAt", "_id")).limit(limit)
                .map(d -> new FinishedCase(d.getString("_id"), d.getString("dataSubjectId")))
                .into(new ArrayList<>());
    }

    /** A case past its retention: its id and data subject (null for a case opened before subjects were known). */
    public record FinishedCase(String caseId, String dataSubjectId) {
    }

    private static Bson filter(CaseQuery query) {
        List<Bson> filters = new ArrayList<>();
        if (query.status() != null) {
            filters.add(eq("status", query.status().name()));
        }
        if (query.kind() != null) {
            filters.add(eq("kind", query.kind().name()));
        }
        if (query.category() != null) {
            filters.add(eq("category", query.category().name()));
        }
        if (query.overdue() != null) {
            filters.add(eq("overdue", query.overdue()));
        }
        if (query.contactRequested() != null) {
            filters.add(query.contactRequested()
                    ? eq("personalContact.open", true) : Filters.ne("personalContact.open", true));
        }
        if (query.handlerId() != null) {
            filters.add(eq("handlerId", query.handlerId()));
        }
        if (query.text() != null) {
            Pattern text = Pattern.compile(Pattern.quote(query.text()), Pattern.CASE_INSENSITIVE);
            filters.add(Filters.or(Filters.regex("reference", text), Filters.regex("message", text),
                    Filters.regex("complaint.subject", text), Filters.regex("complaint.description", text)));
        }
        return filters.isEmpty() ? new Document() : Filters.and(filters);
    }

    private static Bson newestFirst() {
        return Sorts.orderBy(Sorts.descending("receivedAt"), Sorts.ascending("_id"));
    }

    static CaseView toView(Document d) {
        return new CaseView(
                d.getString("_id"),
                d.getString("reference"),
                d.getString("kind"),
                CaseStatus.valueOf(d.getString("status")),
                ((Number) d.get("version")).longValue(),
                instant(d, "respondBy"),
                instant(d, "handleBy"),
                instant(d, "legalLimit"),
                part(d, "extension", e -> new Extension(instant(e, "previousHandleBy"), instant(e, "newHandleBy"),
                        e.getString("reason"), instant(e, "at"))),
                d.getBoolean("overdue", false),
                d.getBoolean("legalLimitExceeded", false),
                d.getString("handlerId"),
                d.getString("verdict"),
                d.getString("reasoning"),
                d.getList("correctiveActions", Document.class, List.of()).stream().map(CaseViews::action).toList(),
                d.getList("timeline", Document.class, List.of()).stream().map(CaseViews::entry).toList(),
                d.getString("category"),
                d.getString("channel"),
                d.getString("submitterRole"),
                d.getString("clientAccount"),
                d.getString("message"),
                instant(d, "receivedAt"),
                part(d, "complaint", c -> new Complaint(c.getString("subject"), c.getString("description"),
                        c.getString("involvedEmployee"), date(c, "occurredOn"), c.getString("desiredOutcome"),
                        c.getString("informalCaseId"))),
                part(d, "feedbackResponse", r -> new FeedbackResponse(r.getString("outcome"), r.getString("message"),
                        r.getBoolean("late", false), instant(r, "at"))),
                part(d, "conversation", c -> new Conversation(date(c, "heldOn"), c.getString("outcome"),
                        c.getString("summary"))),
                part(d, "satisfaction", s -> new Satisfaction(s.getBoolean("satisfied", false),
                        s.getString("comment"), instant(s, "at"))),
                part(d, "referral", r -> new Referral(date(r, "referredOn"), r.getString("committeeReference"),
                        instant(r, "at"))),
                part(d, "ruling", r -> new Ruling(r.getString("ruling"), date(r, "receivedOn"))),
                d.getString("closeReason"),
                part(d, "personalContact", c -> new PersonalContact(instant(c, "requestedAt"), instant(c, "contactBy"),
                        c.getBoolean("open", false), c.getBoolean("overdue", false), c.getBoolean("late", false),
                        date(c, "contactedOn"), c.getString("how"), c.getString("summary"))),
                d.getInteger("attachmentCount", 0),
                d.getString("dataSubjectId"),
                part(d, "personalDataErased", e -> new PersonalDataErasure(e.getString("reason"), instant(e, "at"))));
    }

    private static CorrectiveAction action(Document d) {
        return new CorrectiveAction(d.getString("id"), d.getString("description"), d.getString("owner"),
                date(d, "dueOn"), d.getBoolean("done", false), d.getBoolean("overdue", false),
                d.getString("note"), instant(d, "completedAt"));
    }

    private static TimelineEntry entry(Document d) {
        return new TimelineEntry(d.getString("type"), instant(d, "at"), d.getString("actor"), d.getString("role"),
                d.getString("subject"), d.getString("message"), d.getInteger("attachmentCount"));
    }

    private static <T> T part(Document d, String field, Function<Document, T> read) {
        Document part = d.get(field, Document.class);
        return part == null ? null : read.apply(part);
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }

    private static LocalDate date(Document d, String field) {
        String text = d.getString(field);
        return text == null ? null : LocalDate.parse(text);
    }
}
