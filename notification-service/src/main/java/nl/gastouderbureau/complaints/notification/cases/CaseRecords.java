package nl.gastouderbureau.complaints.notification.cases;

import nl.gastouderbureau.complaints.support.mail.ClientAddresses;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import nl.gastouderbureau.complaints.events.ComplaintFiled;
import nl.gastouderbureau.complaints.events.Contact;
import nl.gastouderbureau.complaints.events.CorrectiveAction;
import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.events.InformalComplaintRegistered;
import nl.gastouderbureau.complaints.events.Language;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One document per case in the notification database ({@code cases}, keyed by case id), filled
 * from the events that open a case, the decision's actions and the handler assigned. Every write
 * is an upsert that sets the same values again, so a redelivered or replayed event changes nothing.
 */
@Repository
public class CaseRecords {

    static final String COLLECTION = "cases";

    private final MongoCollection<Document> cases;
    private final ClientAddresses addresses;

    public CaseRecords(MongoDatabase database, ClientAddresses addresses) {
        this.cases = database.getCollection(COLLECTION);
        this.addresses = addresses;
    }

    /** What an event that opens a case tells about it. */
    public record Opening(String caseId, String reference, Language language, Contact contact, String clientAccount,
                          Instant filedAt) {

        public static Opening of(FeedbackCaseOpened event) {
            return new Opening(event.caseId(), event.reference(), event.language(), event.contact(), null, null);
        }

        public static Opening of(InformalComplaintRegistered event) {
            return new Opening(event.caseId(), event.reference(), event.language(), event.contact(),
                    event.clientAccount(), null);
        }

        public static Opening of(ComplaintFiled event) {
            return new Opening(event.caseId(), event.reference(), event.language(), event.contact(),
                    event.clientAccount(), event.filedAt());
        }
    }

    /** Remembers the cases these events open, in one round trip. */
    public void opened(List<Opening> openings) {
        if (openings.isEmpty()) {
            return;
        }
        cases.bulkWrite(openings.stream().map(this::remember).toList());
    }

    public void decided(String caseId, List<CorrectiveAction> actions) {
        List<Document> described = actions.stream()
                .map(action -> new Document("id", action.id()).append("description", action.description()))
                .toList();
        cases.updateOne(Filters.eq("_id", caseId), Updates.set("actions", described), new UpdateOptions().upsert(true));
    }

    /** A later assignment replaces the earlier one: mail goes to whoever handles the case now. */
    public void handlerAssigned(String caseId, String handlerId) {
        cases.updateOne(Filters.eq("_id", caseId), Updates.set("handlerId", handlerId), new UpdateOptions().upsert(true));
    }

    /**
     * P2: forgets the submitter's name and address and what the corrective actions said.
     *
     * @return the address the case's mail went to, so the log can forget it too; null when there was none
     */
    public String erase(String caseId) {
        Document before = cases.findOneAndUpdate(Filters.eq("_id", caseId), Updates.combine(
                Updates.unset("name"), Updates.unset("email"), Updates.unset("actions")));
        return before == null ? null : before.getString("email");
    }

    public Optional<CaseRecord> find(String caseId) {
        Document document = cases.find(Filters.eq("_id", caseId)).first();
        if (document == null) {
            return Optional.empty();
        }
        Map<String, String> actions = new LinkedHashMap<>();
        for (Document action : document.getList("actions", Document.class, List.of())) {
            if (action.getString("id") != null && action.getString("description") != null) {
                actions.put(action.getString("id"), action.getString("description"));
            }
        }
        String language = document.getString("language");
        Date filedAt = document.getDate("filedAt");
        return Optional.of(new CaseRecord(caseId, document.getString("reference"),
                language == null ? null : Language.valueOf(language), document.getString("name"),
                document.getString("email"), filedAt == null ? null : filedAt.toInstant(), actions,
                document.getString("handlerId")));
    }

    private UpdateOneModel<Document> remember(Opening opening) {
        String email = addresses.of(opening.contact(), opening.clientAccount());
        Contact contact = opening.contact();
        String name = contact == null || contact.name() == null || contact.name().isBlank() ? null : contact.name().strip();
        Bson update = Updates.combine(
                Updates.set("reference", opening.reference()),
                Updates.set("language", Language.orDefault(opening.language()).name()),
                Updates.set("name", name),
                Updates.set("email", email),
                Updates.set("filedAt", opening.filedAt() == null ? null : Date.from(opening.filedAt())));
        return new UpdateOneModel<>(Filters.eq("_id", opening.caseId()), update, new UpdateOptions().upsert(true));
    }
}
