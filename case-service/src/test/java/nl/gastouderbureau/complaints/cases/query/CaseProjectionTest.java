package nl.gastouderbureau.complaints.cases.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import nl.gastouderbureau.complaints.cases.query.CaseView.TimelineEntry;
import nl.gastouderbureau.complaints.events.Actor;
import nl.gastouderbureau.complaints.events.CaseCategorised;
import nl.gastouderbureau.complaints.events.CaseClosed;
import nl.gastouderbureau.complaints.events.CaseEvent;
import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.ContactMethod;
import nl.gastouderbureau.complaints.events.ClientSatisfactionRecorded;
import nl.gastouderbureau.complaints.events.CloseReason;
import nl.gastouderbureau.complaints.events.ComplaintDecided;
import nl.gastouderbureau.complaints.events.ComplaintFiled;
import nl.gastouderbureau.complaints.events.ComplaintHandlingOverdue;
import nl.gastouderbureau.complaints.events.ComplaintHandlingReminderDue;
import nl.gastouderbureau.complaints.events.ConversationOutcome;
import nl.gastouderbureau.complaints.events.CorrectiveAction;
import nl.gastouderbureau.complaints.events.CorrectiveActionCompleted;
import nl.gastouderbureau.complaints.events.CorrectiveActionOverdue;
import nl.gastouderbureau.complaints.events.CorrectiveActionReminderDue;
import nl.gastouderbureau.complaints.events.DisputesCommitteeRulingRecorded;
import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.events.FeedbackOutcome;
import nl.gastouderbureau.complaints.events.FeedbackResponseOverdue;
import nl.gastouderbureau.complaints.events.FeedbackResponseRecorded;
import nl.gastouderbureau.complaints.events.FeedbackResponseReminderDue;
import nl.gastouderbureau.complaints.events.HandlerAssigned;
import nl.gastouderbureau.complaints.events.HandlingDeadlineExtended;
import nl.gastouderbureau.complaints.events.InformalComplaintRegistered;
import nl.gastouderbureau.complaints.events.InformalConversationHeld;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.LegalHandlingLimitExceeded;
import nl.gastouderbureau.complaints.events.PersonalContactOverdue;
import nl.gastouderbureau.complaints.events.PersonalContactRecorded;
import nl.gastouderbureau.complaints.events.PersonalContactRequested;
import nl.gastouderbureau.complaints.events.ReferredToDisputesCommittee;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterMessageAdded;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.events.Verdict;
import nl.gastouderbureau.complaints.events.ErasureReason;
import nl.gastouderbureau.complaints.events.PersonalDataErased;
import nl.gastouderbureau.complaints.support.privacy.MongoSubjectKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CaseProjectionTest {

    private static final Instant RECEIVED_AT = Instant.parse("2026-11-24T10:00:00Z");
    private static final Instant STORED_AT = Instant.parse("2026-11-24T10:00:01Z");
    private static final Instant FILED_AT = Instant.parse("2026-11-24T12:00:00Z");
    private static final Instant HANDLE_BY = Instant.parse("2026-12-08T12:00:00Z");
    private static final Instant LEGAL_LIMIT = Instant.parse("2027-01-05T12:00:00Z");
    private static final Actor STAFF = new Actor("staff", Actor.STAFF);
    private static final Actor CLIENT = new Actor("client", Actor.CLIENT);

    private MongoServer server;
    private MongoClient client;
    private CaseProjection projection;
    private CaseViews views;
    private MongoSubjectKeys keys;
    private final List<CaseEvent> history = new ArrayList<>();

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        MongoDatabase database = client.getDatabase("cases");
        keys = new MongoSubjectKeys(client.getDatabase("subject_keys"), Duration.ofMinutes(1), Clock.systemUTC());
        projection = new CaseProjection(database, keys);
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
        assertThat(view.timeline()).containsExactly(new TimelineEntry("FeedbackCaseOpened", STORED_AT, "submitter", "SUBMITTER"));
        assertThat(view.category()).isEqualTo("SAFETY");
        assertThat(view.channel()).isEqualTo("PHONE");
        assertThat(view.submitterRole()).isEqualTo("GRANDPARENT");
        assertThat(view.message()).isEqualTo("Het hek staat open");
        assertThat(view.receivedAt()).isEqualTo(RECEIVED_AT);
    }

    @Test
    void feedbackPastItsDeadlineIsOverdueUntilTheLateResponse() {
        Instant remindedAt = Instant.parse("2026-12-04T10:00:00Z");
        Instant overdueAt = Instant.parse("2026-12-08T10:00:00Z");
        Instant respondedAt = Instant.parse("2026-12-09T09:00:00Z");
        play(opened(),
                new FeedbackResponseReminderDue("case-1", Instant.parse("2026-12-08T10:00:00Z"), remindedAt),
                new FeedbackResponseOverdue("case-1", Instant.parse("2026-12-08T10:00:00Z"), overdueAt));

        assertThat(views.find("case-1").orElseThrow().overdue()).isTrue();

        play(new FeedbackResponseRecorded("case-1", FeedbackOutcome.PLANNED, "Komt in het voorjaar", true, STAFF, respondedAt));

        CaseView view = views.find("case-1").orElseThrow();
        assertThat(view.status()).isEqualTo(CaseStatus.RESPONDED);
        assertThat(view.overdue()).isFalse();
        assertThat(view.version()).isEqualTo(3);
        assertThat(view.feedbackResponse()).isEqualTo(new CaseView.FeedbackResponse("PLANNED", "Komt in het voorjaar", true, respondedAt));
        assertThat(view.timeline()).extracting(TimelineEntry::type, TimelineEntry::actor, TimelineEntry::role, TimelineEntry::at)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("FeedbackCaseOpened", "submitter", "SUBMITTER", STORED_AT),
                        org.assertj.core.groups.Tuple.tuple("FeedbackResponseReminderDue", "system", "SYSTEM", remindedAt),
                        org.assertj.core.groups.Tuple.tuple("FeedbackResponseOverdue", "system", "SYSTEM", overdueAt),
                        org.assertj.core.groups.Tuple.tuple("FeedbackResponseRecorded", "staff", "STAFF", respondedAt));
    }

    @Test
    void aResolvedInformalConversationClosesTheCase() {
        play(informal(), new InformalConversationHeld("case-2", LocalDate.parse("2026-11-26"), ConversationOutcome.RESOLVED,
                "Lucht geklaard", STAFF, FILED_AT));

        CaseView view = views.find("case-2").orElseThrow();
        assertThat(view.kind()).isEqualTo("INFORMAL_COMPLAINT");
        assertThat(view.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(view.clientAccount()).isEqualTo("client");
        assertThat(view.conversation()).isEqualTo(new CaseView.Conversation(LocalDate.parse("2026-11-26"), "RESOLVED", "Lucht geklaard"));
        assertThat(view.timeline().get(0)).isEqualTo(new TimelineEntry("InformalComplaintRegistered", STORED_AT, "staff", "STAFF"));
    }

    @Test
    void anUnresolvedInformalConversationAwaitsTheFormalComplaintAndClosesWhenContinued() {
        play(informal(), new InformalConversationHeld("case-2", LocalDate.parse("2026-11-26"), ConversationOutcome.UNRESOLVED,
                "Niet opgelost", STAFF, FILED_AT));

        assertThat(views.find("case-2").orElseThrow().status()).isEqualTo(CaseStatus.AWAITING_FORMAL_COMPLAINT);

        play(new CaseClosed("case-2", CloseReason.CONTINUED_AS_FORMAL, Actor.system(), FILED_AT.plusSeconds(60)));

        CaseView view = views.find("case-2").orElseThrow();
        assertThat(view.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(view.closeReason()).isEqualTo("CONTINUED_AS_FORMAL");
    }

    @Test
    void aComplaintGoesFromFiledThroughDecisionAndReferralToClosed() {
        play(filed());
        CaseView filed = views.find("case-3").orElseThrow();
        assertThat(filed.status()).isEqualTo(CaseStatus.FILED);
        assertThat(filed.handleBy()).isEqualTo(HANDLE_BY);
        assertThat(filed.legalLimit()).isEqualTo(LEGAL_LIMIT);
        assertThat(filed.respondBy()).isNull();
        assertThat(filed.complaint().involvedEmployee()).isEqualTo("Marieke");
        assertThat(filed.timeline()).containsExactly(new TimelineEntry("ComplaintFiled", FILED_AT, "client", "CLIENT"));

        Instant newHandleBy = HANDLE_BY.plusSeconds(7 * 86400);
        play(new HandlerAssigned("case-3", "henk", STAFF, at(1)),
                new CaseCategorised("case-3", Category.SAFETY, STAFF, at(2)),
                new HandlingDeadlineExtended("case-3", HANDLE_BY, newHandleBy, "Getuige op vakantie", STAFF, at(3)));
        CaseView inProgress = views.find("case-3").orElseThrow();
        assertThat(inProgress.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(inProgress.handlerId()).isEqualTo("henk");
        assertThat(inProgress.category()).isEqualTo("SAFETY");
        assertThat(inProgress.handleBy()).isEqualTo(newHandleBy);
        assertThat(inProgress.extension()).isEqualTo(new CaseView.Extension(HANDLE_BY, newHandleBy, "Getuige op vakantie", at(3)));

        play(new ComplaintDecided("case-3", Verdict.PARTLY_WELL_FOUNDED, "Deels terecht", List.of(
                        new CorrectiveAction("a-1", "Overdracht op papier", "Henk", LocalDate.parse("2026-12-31")),
                        new CorrectiveAction("a-2", "Gesprek met gastouder", "Ans", LocalDate.parse("2026-12-20"))),
                        new Actor("henk", Actor.STAFF), at(4)),
                new CorrectiveActionReminderDue("case-3", "a-2", "Ans", LocalDate.parse("2026-12-20"), at(5)),
                new CorrectiveActionOverdue("case-3", "a-2", "Ans", LocalDate.parse("2026-12-20"), at(6)),
                new CorrectiveActionCompleted("case-3", "a-1", "Formulier in gebruik", new Actor("henk", Actor.STAFF), at(7)));
        CaseView decided = views.find("case-3").orElseThrow();
        assertThat(decided.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(decided.verdict()).isEqualTo("PARTLY_WELL_FOUNDED");
        assertThat(decided.reasoning()).isEqualTo("Deels terecht");
        assertThat(decided.correctiveActions()).extracting(CaseView.CorrectiveAction::id, CaseView.CorrectiveAction::done,
                        CaseView.CorrectiveAction::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a-1", true, false),
                        org.assertj.core.groups.Tuple.tuple("a-2", false, true));
        assertThat(decided.correctiveActions().get(0).note()).isEqualTo("Formulier in gebruik");
        assertThat(decided.correctiveActions().get(0).completedAt()).isEqualTo(at(7));

        play(new ClientSatisfactionRecorded("case-3", false, "Niet genoeg", CLIENT, at(8)),
                new ReferredToDisputesCommittee("case-3", LocalDate.parse("2026-12-21"), "GC-1", CLIENT, at(9)));
        CaseView referred = views.find("case-3").orElseThrow();
        assertThat(referred.status()).isEqualTo(CaseStatus.REFERRED);
        assertThat(referred.satisfaction()).isEqualTo(new CaseView.Satisfaction(false, "Niet genoeg", at(8)));
        assertThat(referred.referral()).isEqualTo(new CaseView.Referral(LocalDate.parse("2026-12-21"), "GC-1", at(9)));

        play(new DisputesCommitteeRulingRecorded("case-3", "Klacht gegrond", LocalDate.parse("2027-02-01"), STAFF, at(10)),
                new CaseClosed("case-3", CloseReason.REFERRAL_ENDED, Actor.system(), at(10)));
        CaseView closed = views.find("case-3").orElseThrow();
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.ruling()).isEqualTo(new CaseView.Ruling("Klacht gegrond", LocalDate.parse("2027-02-01")));
        assertThat(closed.version()).isEqualTo(11);
        assertThat(closed.timeline()).hasSize(12);
        assertThat(closed.timeline().get(5)).isEqualTo(new TimelineEntry("CorrectiveActionReminderDue", at(5), "system", "SYSTEM"));
    }

    @Test
    void bothClocksPassingUndecidedMarkTheComplaintOverdueUntilDecided() {
        play(filed(), new ComplaintHandlingReminderDue("case-3", HANDLE_BY, null, at(1)),
                new ComplaintHandlingOverdue("case-3", HANDLE_BY, HANDLE_BY),
                new LegalHandlingLimitExceeded("case-3", LEGAL_LIMIT, LEGAL_LIMIT));

        CaseView late = views.find("case-3").orElseThrow();
        assertThat(late.overdue()).isTrue();
        assertThat(late.legalLimitExceeded()).isTrue();
        assertThat(late.status()).isEqualTo(CaseStatus.FILED);

        play(new ComplaintDecided("case-3", Verdict.UNFOUNDED, "Niet terecht", List.of(), STAFF, LEGAL_LIMIT.plusSeconds(60)));

        assertThat(views.find("case-3").orElseThrow().overdue()).isFalse();
    }

    @Test
    void aContactRequestIsAnOpenTaskOverdueAtContactByUntilTheContactIsMade() {
        Instant contactBy = RECEIVED_AT.plusSeconds(2 * 86400);
        play(openedByMail(true, 2), new PersonalContactRequested("case-1", RECEIVED_AT, contactBy));

        CaseView requested = views.find("case-1").orElseThrow();
        assertThat(requested.personalContact()).isEqualTo(
                new CaseView.PersonalContact(RECEIVED_AT, contactBy, true, false, false, null, null, null));
        assertThat(requested.overdue()).isFalse();
        assertThat(requested.attachmentCount()).isEqualTo(2);
        assertThat(requested.timeline().get(1)).isEqualTo(new TimelineEntry("PersonalContactRequested", RECEIVED_AT, "submitter", "SUBMITTER"));
        assertThat(ids(contactTasks(true))).containsExactly("case-1");

        play(new PersonalContactOverdue("case-1", contactBy, contactBy));

        CaseView overdue = views.find("case-1").orElseThrow();
        assertThat(overdue.overdue()).isTrue();
        assertThat(overdue.personalContact().overdue()).isTrue();
        assertThat(ids(views.search(new CaseQuery(null, null, null, true, null, null, 0, 20)))).containsExactly("case-1");

        Instant recordedAt = contactBy.plusSeconds(86400);
        play(new PersonalContactRecorded("case-1", LocalDate.parse("2026-11-27"), ContactMethod.MEETING, "Op kantoor gesproken",
                true, STAFF, recordedAt));

        CaseView made = views.find("case-1").orElseThrow();
        assertThat(made.personalContact()).isEqualTo(new CaseView.PersonalContact(RECEIVED_AT, contactBy, false, false, true,
                LocalDate.parse("2026-11-27"), "MEETING", "Op kantoor gesproken"));
        assertThat(made.overdue()).isFalse();
        assertThat(made.timeline().get(3)).isEqualTo(new TimelineEntry("PersonalContactRecorded", recordedAt, "staff", "STAFF"));
        assertThat(contactTasks(true).total()).isZero();
        assertThat(ids(contactTasks(false))).containsExactly("case-1");
    }

    @Test
    void makingTheContactLeavesAnOverdueResponseOverdue() {
        Instant contactBy = RECEIVED_AT.plusSeconds(2 * 86400);
        play(openedByMail(true, 0), new PersonalContactRequested("case-1", RECEIVED_AT, contactBy),
                new PersonalContactOverdue("case-1", contactBy, contactBy),
                new FeedbackResponseOverdue("case-1", Instant.parse("2026-12-08T10:00:00Z"), Instant.parse("2026-12-08T10:00:00Z")),
                new PersonalContactRecorded("case-1", LocalDate.parse("2026-12-09"), ContactMethod.PHONE, "Gebeld", true, STAFF, at(400)));

        assertThat(views.find("case-1").orElseThrow().overdue()).isTrue();

        play(new FeedbackResponseRecorded("case-1", FeedbackOutcome.NOTED, "Dank", true, STAFF, at(401)));

        assertThat(views.find("case-1").orElseThrow().overdue()).isFalse();
    }

    @Test
    void aContactNobodyAskedForIsRecordedWithoutATask() {
        play(informal(), new PersonalContactRecorded("case-2", LocalDate.parse("2026-11-25"), ContactMethod.PHONE,
                "Teruggebeld", false, STAFF, at(1)));

        CaseView view = views.find("case-2").orElseThrow();
        assertThat(view.personalContact()).isEqualTo(new CaseView.PersonalContact(null, null, false, false, false,
                LocalDate.parse("2026-11-25"), "PHONE", "Teruggebeld"));
        assertThat(contactTasks(true).total()).isZero();
    }

    @Test
    void aSubmittersMailJoinsTheTimelineWithItsTextForStaff() {
        Instant mailedAt = Instant.parse("2026-11-26T08:15:00Z");
        play(opened(), new SubmitterMessageAdded("case-1", "reply-1", Channel.EMAIL, "Re: [FB-2026-0001]",
                "Het hek is nog steeds open", 1, mailedAt));

        CaseView view = views.find("case-1").orElseThrow();
        assertThat(view.timeline().get(1)).isEqualTo(new TimelineEntry("SubmitterMessageAdded", mailedAt, "submitter",
                "SUBMITTER", "Re: [FB-2026-0001]", "Het hek is nog steeds open", 1));
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(view.personalContact()).isNull();
        assertThat(view.attachmentCount()).isZero();
    }

    @Test
    void aCaseStoredBeforeContactTasksKeepsItsOverdueFlag() {
        play(opened(), new FeedbackResponseOverdue("case-1", Instant.parse("2026-12-08T10:00:00Z"), Instant.parse("2026-12-08T10:00:00Z")));
        client.getDatabase("cases").getCollection(CaseProjection.COLLECTION)
                .updateOne(new org.bson.Document("_id", "case-1"), new org.bson.Document("$unset", new org.bson.Document("responseOverdue", "")));

        play(new CaseCategorised("case-1", Category.OTHER, STAFF, at(1)));

        assertThat(views.find("case-1").orElseThrow().overdue()).isTrue();
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        projection.on(opened(), 0, STORED_AT);
        projection.on(opened(), 0, STORED_AT.plusSeconds(5));
        CaseCategorised categorised = new CaseCategorised("case-1", Category.OTHER, STAFF, at(1));
        projection.on(categorised, 1, STORED_AT);
        projection.on(categorised, 1, STORED_AT);
        projection.on(opened(), 0, STORED_AT);

        CaseView view = views.find("case-1").orElseThrow();
        assertThat(view.timeline()).extracting(TimelineEntry::type).containsExactly("FeedbackCaseOpened", "CaseCategorised");
        assertThat(view.timeline().get(0).at()).isEqualTo(STORED_AT);
        assertThat(view.category()).isEqualTo("OTHER");
        assertThat(view.version()).isEqualTo(1);
    }

    @Test
    void aReplayAfterAResetRebuildsTheSameCase() {
        play(filed(), new HandlerAssigned("case-3", "henk", STAFF, at(1)),
                new ComplaintDecided("case-3", Verdict.UNFOUNDED, "Niet terecht", List.of(), STAFF, at(2)));
        CaseView before = views.find("case-3").orElseThrow();

        projection.reset();
        assertThat(views.find("case-3")).isEmpty();
        for (int sequence = 0; sequence < history.size(); sequence++) {
            projection.on(history.get(sequence), sequence, STORED_AT);
        }

        assertThat(views.find("case-3")).contains(before);
    }

    @Test
    void anEventForACaseWithoutItsOpeningIsSkipped() {
        projection.on(new CaseCategorised("ghost", Category.OTHER, STAFF, at(1)), 1, STORED_AT);

        assertThat(views.find("ghost")).isEmpty();
    }

    @Test
    void staffSeeTheDataSubjectIntakeNamedForTheCase() {
        keys.create("case-1", "ds-0123456789abcdef0123456789abcdef");

        play(opened());

        assertThat(views.find("case-1").orElseThrow().dataSubjectId()).isEqualTo("ds-0123456789abcdef0123456789abcdef");
    }

    @Test
    void erasureDropsEveryPersonalTextAndKeepsWhatReportsAndTheTimelineNeed() {
        Instant erasedAt = at(9);
        play(filed(),
                new HandlerAssigned("case-3", "henk", STAFF, at(1)),
                new HandlingDeadlineExtended("case-3", HANDLE_BY, HANDLE_BY.plusSeconds(86400), "Getuige op vakantie", STAFF, at(2)),
                new PersonalContactRecorded("case-3", LocalDate.parse("2026-11-25"), ContactMethod.PHONE, "Gebeld met moeder", false, STAFF, at(3)),
                new SubmitterMessageAdded("case-3", "reply-1", Channel.EMAIL, "Re: klacht", "Nog iets", 0, at(4)),
                new ComplaintDecided("case-3", Verdict.WELL_FOUNDED, "Terecht", List.of(
                        new CorrectiveAction("a-1", "Overdracht op papier", "henk", LocalDate.parse("2026-12-31"))), STAFF, at(5)),
                new CorrectiveActionCompleted("case-3", "a-1", "Klaar", STAFF, at(6)),
                new ClientSatisfactionRecorded("case-3", false, "Niet tevreden", CLIENT, at(7)),
                new DisputesCommitteeRulingRecorded("case-3", "Klacht gegrond", LocalDate.parse("2027-02-01"), STAFF, at(8)),
                new PersonalDataErased("case-3", "ds-0123456789abcdef0123456789abcdef", ErasureReason.ERASURE_REQUEST, STAFF, erasedAt));

        CaseView view = views.find("case-3").orElseThrow();
        assertThat(view.complaint()).isEqualTo(new CaseView.Complaint(null, null, null, LocalDate.parse("2026-11-20"), null, null));
        assertThat(view.reasoning()).isNull();
        assertThat(view.extension().reason()).isNull();
        assertThat(view.personalContact().summary()).isNull();
        assertThat(view.correctiveActions()).singleElement().satisfies(action -> {
            assertThat(action.description()).isNull();
            assertThat(action.note()).isNull();
            assertThat(action.done()).isTrue();
        });
        assertThat(view.satisfaction().comment()).isNull();
        assertThat(view.ruling().ruling()).isNull();
        assertThat(view.timeline()).allSatisfy(entry -> {
            assertThat(entry.subject()).isNull();
            assertThat(entry.message()).isNull();
        });
        assertThat(view.verdict()).isEqualTo("WELL_FOUNDED");
        assertThat(view.handlerId()).isEqualTo("henk");
        assertThat(view.personalDataErased()).isEqualTo(new CaseView.PersonalDataErasure("ERASURE_REQUEST", erasedAt));
        assertThat(view.timeline().get(view.timeline().size() - 1))
                .isEqualTo(new TimelineEntry("PersonalDataErased", erasedAt, "staff", "STAFF"));
    }

    @Test
    void retentionFindsFinishedCasesOnceTheirPeriodPassedAndNotAfterErasure() {
        Instant respondedAt = Instant.parse("2026-12-01T10:00:00Z");
        play(opened(), new FeedbackResponseRecorded("case-1", FeedbackOutcome.NOTED, "Dank", false, STAFF, respondedAt));
        history.clear();
        play(informal(), new CaseClosed("case-2", CloseReason.RESOLVED_INFORMALLY, STAFF, at(1)));
        history.clear();
        play(filed());

        assertThat(views.finishedBefore(respondedAt, 10)).extracting(CaseViews.FinishedCase::caseId).containsExactly("case-2");
        assertThat(views.finishedBefore(respondedAt.plusSeconds(1), 10)).extracting(CaseViews.FinishedCase::caseId)
                .containsExactlyInAnyOrder("case-1", "case-2");

        projection.on(new PersonalDataErased("case-2", null, ErasureReason.RETENTION, Actor.system(), at(2)), 2, STORED_AT);

        assertThat(views.finishedBefore(respondedAt.plusSeconds(1), 10)).extracting(CaseViews.FinishedCase::caseId)
                .containsExactly("case-1");
    }

    @Test
    void anUnknownCaseIsNotFound() {
        assertThat(views.find("nope")).isEmpty();
    }

    private void play(CaseEvent... events) {
        for (CaseEvent event : events) {
            projection.on(event, history.size(), STORED_AT);
            history.add(event);
        }
    }

    private CasePage<CaseView> contactTasks(boolean open) {
        return views.search(new CaseQuery(null, null, null, null, open, null, null, 0, 20));
    }

    private static List<String> ids(CasePage<CaseView> page) {
        return page.items().stream().map(CaseView::id).toList();
    }

    private static FeedbackCaseOpened openedByMail(boolean wantsPersonalContact, int attachments) {
        return new FeedbackCaseOpened("case-1", "FB-2026-0001", SubmissionKind.REMARK, Channel.EMAIL,
                SubmitterRole.PARENT, null, Language.NL, "Graag even bellen", null, wantsPersonalContact,
                RECEIVED_AT, Instant.parse("2026-12-08T10:00:00Z"), attachments);
    }

    private static Instant at(int hours) {
        return FILED_AT.plusSeconds(hours * 3600L);
    }

    private static FeedbackCaseOpened opened() {
        return new FeedbackCaseOpened("case-1", "FB-2026-0001", SubmissionKind.TIP, Channel.PHONE,
                SubmitterRole.GRANDPARENT, Category.SAFETY, Language.NL, "Het hek staat open", null, false,
                RECEIVED_AT, Instant.parse("2026-12-08T10:00:00Z"));
    }

    private static InformalComplaintRegistered informal() {
        return new InformalComplaintRegistered("case-2", "KL-2026-0001", Channel.PHONE, SubmitterRole.PARENT,
                Category.COMMUNICATION, Language.NL, "Ik werd niet teruggebeld", null, "client", RECEIVED_AT, STAFF);
    }

    private static ComplaintFiled filed() {
        return new ComplaintFiled("case-3", "KL-2026-0002", "client", "Overdracht", "Niets doorgegeven", "Marieke",
                LocalDate.parse("2026-11-20"), "Betere overdracht", Category.CARE_QUALITY, Language.NL, null, null,
                FILED_AT, HANDLE_BY, LEGAL_LIMIT);
    }
}
