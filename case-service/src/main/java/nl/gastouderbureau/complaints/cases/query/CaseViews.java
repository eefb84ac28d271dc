package nl.gastouderbureau.complaints.cases.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import nl.gastouderbureau.complaints.cases.query.CaseView.CorrectiveAction;
import nl.gastouderbureau.complaints.cases.query.CaseView.TimelineEntry;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;

/** Reads the documents {@link CaseProjection} writes. */
@Component
public class CaseViews {

    private final MongoCollection<Document> cases;

    public CaseViews(MongoDatabase database) {
        this.cases = database.getCollection(CaseProjection.COLLECTION);
    }

    public Optional<CaseView> find(String caseId) {
        return Optional.ofNullable(cases.find(eq("_id", caseId)).first()).map(CaseViews::toView);
    }

    private static CaseView toView(Document d) {
        return new CaseView(
                d.getString("_id"),
                d.getString("reference"),
                d.getString("kind"),
                CaseStatus.valueOf(d.getString("status")),
                ((Number) d.get("version")).longValue(),
                instant(d, "respondBy"),
                instant(d, "handleBy"),
                d.getBoolean("overdue", false),
                d.getString("handlerId"),
                d.getString("verdict"),
                d.getList("correctiveActions", Document.class, List.of()).stream().map(CaseViews::action).toList(),
                d.getList("timeline", Document.class, List.of()).stream().map(CaseViews::entry).toList(),
                d.getString("category"),
                d.getString("channel"),
                d.getString("submitterRole"),
                d.getString("message"),
                instant(d, "receivedAt"));
    }

    private static CorrectiveAction action(Document d) {
        String dueOn = d.getString("dueOn");
        return new CorrectiveAction(d.getString("id"), d.getString("description"), d.getString("owner"),
                dueOn == null ? null : LocalDate.parse(dueOn), d.getBoolean("done", false));
    }

    private static TimelineEntry entry(Document d) {
        return new TimelineEntry(d.getString("type"), instant(d, "at"), d.getString("actor"));
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
