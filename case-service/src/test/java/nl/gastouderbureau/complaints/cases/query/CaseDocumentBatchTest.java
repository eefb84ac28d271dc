package nl.gastouderbureau.complaints.cases.query;

import com.mongodb.client.MongoCollection;
import nl.gastouderbureau.complaints.cases.query.CaseView.TimelineEntry;
import nl.gastouderbureau.complaints.events.Actor;
import nl.gastouderbureau.complaints.events.CaseCategorised;
import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.testsupport.MemoryMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CaseDocumentBatchTest {

    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
    private static final Actor STAFF = new Actor("staff", Actor.STAFF);

    private final MemoryMongo mongo = new MemoryMongo();
    private final MongoCollection<Document> cases = mongo.database("cases").getCollection(CaseProjection.COLLECTION);
    private final CaseViews views = new CaseViews(mongo.database("cases"));

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void aBatchFoldsTheEventsOfSeveralCasesInMemoryAndStoresThemWhenWritten() {
        CaseDocumentBatch batch = new CaseDocumentBatch(cases, caseId -> "ds-" + caseId);
        batch.prefetch(List.of("case-1", "case-2", "case-1"));
        batch.apply(opened("case-1"), 0, AT);
        batch.apply(new CaseCategorised("case-1", Category.OTHER, STAFF, AT), 1, AT.plusSeconds(1));
        batch.apply(opened("case-2"), 0, AT);

        assertThat(cases.countDocuments()).as("nothing is stored before the batch commits").isZero();
        batch.write();

        CaseView first = views.find("case-1").orElseThrow();
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.category()).isEqualTo("OTHER");
        assertThat(first.timeline()).extracting(TimelineEntry::type).containsExactly("FeedbackCaseOpened", "CaseCategorised");
        assertThat(views.find("case-2").orElseThrow().version()).isZero();
        assertThat(cases.find(new Document("_id", "case-2")).first().getString("dataSubjectId")).isEqualTo("ds-case-2");
    }

    @Test
    void theSameBatchAgainChangesNothing() {
        for (int delivery = 0; delivery < 2; delivery++) {
            CaseDocumentBatch batch = new CaseDocumentBatch(cases, caseId -> "ds-" + caseId);
            batch.prefetch(List.of("case-1"));
            batch.apply(opened("case-1"), 0, AT);
            batch.apply(new CaseCategorised("case-1", Category.OTHER, STAFF, AT), 1, AT.plusSeconds(delivery));
            batch.write();
        }

        CaseView view = views.find("case-1").orElseThrow();
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.timeline()).hasSize(2);
        assertThat(view.timeline().get(1).at()).isEqualTo(AT);
    }

    @Test
    void aDocumentThatMovedOnSinceTheBatchReadItIsNotOverwritten() {
        CaseDocumentBatch opening = new CaseDocumentBatch(cases, caseId -> "ds-" + caseId);
        opening.apply(opened("case-1"), 0, AT);
        opening.write();

        CaseDocumentBatch stale = new CaseDocumentBatch(cases, caseId -> "ds-" + caseId);
        stale.prefetch(List.of("case-1"));
        CaseDocumentBatch current = new CaseDocumentBatch(cases, caseId -> "ds-" + caseId);
        current.apply(new CaseCategorised("case-1", Category.SAFETY, STAFF, AT), 1, AT);
        current.write();
        stale.apply(new CaseCategorised("case-1", Category.OTHER, STAFF, AT), 1, AT);
        stale.write();

        assertThat(views.find("case-1").orElseThrow().category()).isEqualTo("SAFETY");
    }

    private static FeedbackCaseOpened opened(String caseId) {
        return new FeedbackCaseOpened(caseId, "FB-2026-0001", SubmissionKind.TIP, Channel.PHONE, SubmitterRole.PARENT,
                Category.CARE_QUALITY, Language.NL, "Het hek staat open", null, false, AT, AT.plusSeconds(14 * 86400));
    }
}
