package nl.gastouderbureau.complaints.reporting.facts;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

/**
 * The {@code case_facts} collection: one document per case, {@code _id} = case id. Every write
 * sets facts (never increments a counter), so an event delivered twice leaves the same document.
 * The methods take only typed facts, which keeps free text out of this store by construction.
 */
@Repository
public class CaseFactsRepository {

    static final String COLLECTION = "case_facts";

    private final MongoCollection<Document> facts;

    public CaseFactsRepository(MongoDatabase database) {
        this.facts = database.getCollection(COLLECTION);
        facts.createIndex(Indexes.ascending("receivedAt"));
    }

    public void opened(String caseId, SubmissionKind kind, Channel channel, SubmitterRole submitterRole,
                       Category category, Instant receivedAt, Instant respondBy) {
        upsert(caseId, Updates.combine(
                Updates.set("kind", name(kind)),
                Updates.set("channel", name(channel)),
                Updates.set("submitterRole", name(submitterRole)),
                Updates.set("category", name(category)),
                Updates.set("receivedAt", date(receivedAt)),
                Updates.set("respondBy", date(respondBy))));
    }

    /** Cases received in {@code [from, until)}. */
    public List<CaseFact> receivedBetween(Instant from, Instant until) {
        List<CaseFact> found = new ArrayList<>();
        facts.find(Filters.and(Filters.gte("receivedAt", date(from)), Filters.lt("receivedAt", date(until))))
                .forEach(document -> found.add(fact(document)));
        return found;
    }

    private void upsert(String caseId, Bson update) {
        facts.updateOne(Filters.eq("_id", caseId), update, new UpdateOptions().upsert(true));
    }

    private static CaseFact fact(Document d) {
        return new CaseFact(
                d.getString("_id"),
                value(d, "kind", SubmissionKind::valueOf),
                value(d, "channel", Channel::valueOf),
                value(d, "submitterRole", SubmitterRole::valueOf),
                value(d, "category", Category::valueOf),
                instant(d.getDate("receivedAt")),
                instant(d.getDate("respondBy")),
                instant(d.getDate("respondedAt")),
                d.getBoolean("respondedOnTime"),
                d.getBoolean("overdue", false),
                d.getBoolean("referredExternally", false));
    }

    private static <E extends Enum<E>> E value(Document document, String field, Function<String, E> parse) {
        String name = document.getString(field);
        return name == null ? null : parse.apply(name);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
