package nl.gastouderbureau.complaints.cases.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import nl.gastouderbureau.complaints.cases.query.CaseView.TimelineEntry;
import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CaseProjectionTest {

    private static final Instant RECEIVED_AT = Instant.parse("2026-11-24T10:00:00Z");
    private static final Instant STORED_AT = Instant.parse("2026-11-24T10:00:01Z");

    private MongoServer server;
    private MongoClient client;
    private CaseProjection projection;
    private CaseViews views;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        MongoDatabase database = client.getDatabase("cases");
        projection = new CaseProjection(database);
        views = new CaseViews(database);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void anOpenedFeedbackCaseIsReadableByStaff() {
        projection.on(opened(), 0, STORED_AT);

        CaseView view = views.find("case-1").orElseThrow();
        assertThat(view.reference()).isEqualTo("FB-2026-0001");
        assertThat(view.kind()).isEqualTo("TIP");
        assertThat(view.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(view.version()).isZero();
        assertThat(view.respondBy()).isEqualTo(Instant.parse("2026-12-08T10:00:00Z"));
        assertThat(view.handleBy()).isNull();
        assertThat(view.overdue()).isFalse();
        assertThat(view.correctiveActions()).isEmpty();
        assertThat(view.timeline()).containsExactly(new TimelineEntry("FeedbackCaseOpened", STORED_AT, "submitter"));
        assertThat(view.category()).isEqualTo("SAFETY");
        assertThat(view.channel()).isEqualTo("PHONE");
        assertThat(view.submitterRole()).isEqualTo("GRANDPARENT");
        assertThat(view.message()).isEqualTo("Het hek staat open");
        assertThat(view.receivedAt()).isEqualTo(RECEIVED_AT);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        projection.on(opened(), 0, STORED_AT);
        projection.on(opened(), 0, STORED_AT.plusSeconds(5));

        assertThat(views.find("case-1").orElseThrow().timeline()).hasSize(1)
                .first().extracting(TimelineEntry::at).isEqualTo(STORED_AT);
    }

    @Test
    void aReplayStartsFromAnEmptyCollection() {
        projection.on(opened(), 0, STORED_AT);
        projection.reset();
        projection.on(opened(), 0, STORED_AT);

        assertThat(views.find("case-1")).isPresent();
    }

    @Test
    void anUnknownCaseIsNotFound() {
        assertThat(views.find("nope")).isEmpty();
    }

    private static FeedbackCaseOpened opened() {
        return new FeedbackCaseOpened("case-1", "FB-2026-0001", SubmissionKind.TIP, Channel.PHONE,
                SubmitterRole.GRANDPARENT, Category.SAFETY, Language.NL, "Het hek staat open", null, false,
                RECEIVED_AT, Instant.parse("2026-12-08T10:00:00Z"));
    }
}
