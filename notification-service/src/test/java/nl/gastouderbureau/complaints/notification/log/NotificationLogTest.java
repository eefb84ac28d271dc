package nl.gastouderbureau.complaints.notification.log;

import nl.gastouderbureau.complaints.testsupport.MemoryMongo;

import com.mongodb.client.MongoDatabase;
import nl.gastouderbureau.complaints.notification.mail.RenderedMail;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class NotificationLogTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private static final RenderedMail CONTENT = new RenderedMail("subject", "text", "<p>html</p>", "nl");

    @RegisterExtension
    static final MemoryMongo mongo = new MemoryMongo();
    private MongoDatabase database;
    private NotificationLog log;

    @BeforeEach
    void freshDatabase() {
        database = mongo.database("notifications");
        database.drop();
        log = new NotificationLog(database);
    }

    @Test
    void aNotificationCanBeClaimedOnlyOnce() {
        String id = NotificationLog.idOf("event-1", NotificationType.ACKNOWLEDGEMENT);

        assertThat(claim(id, "case-1", NotificationType.ACKNOWLEDGEMENT, "a@example.nl", T0)).isTrue();
        assertThat(claim(id, "case-1", NotificationType.ACKNOWLEDGEMENT, "a@example.nl", T0)).isFalse();

        assertThat(id).isEqualTo("event-1:ACKNOWLEDGEMENT");
        assertThat(log.forCase("case-1")).singleElement()
                .satisfies(entry -> assertThat(entry.status()).isEqualTo(NotificationStatus.PENDING));
    }

    @Test
    void aBatchClaimsWhatWasNotClaimedBeforeInTheOrderGiven() {
        claim("e-2:REMINDER", "case-1", NotificationType.REMINDER, "b@example.nl", T0);

        List<WaitingNotification> claimed = log.claim(List.of(toClaim("e-1:REMINDER", "a@example.nl"),
                toClaim("e-2:REMINDER", "b@example.nl"), toClaim("e-3:REMINDER", "c@example.nl")), T0.plusSeconds(1));

        assertThat(claimed).extracting(WaitingNotification::id).containsExactly("e-1:REMINDER", "e-3:REMINDER");
        assertThat(log.forCase("case-1")).hasSize(3);
        assertThat(stored("e-2:REMINDER").getDate("recordedAt").toInstant()).isEqualTo(T0);
    }

    @Test
    void aBatchIsMarkedSentTogether() {
        log.claim(List.of(toClaim("e-1:REMINDER", "a@example.nl"), toClaim("e-2:REMINDER", "b@example.nl")), T0);

        log.markSent(List.of(new NotificationLog.Sent("e-1:REMINDER", 1), new NotificationLog.Sent("e-2:REMINDER", 2)),
                T0.plusSeconds(1));

        assertThat(log.forCase("case-1")).extracting(NotificationEntry::status, NotificationEntry::attempts)
                .containsExactly(tuple(NotificationStatus.SENT, 1), tuple(NotificationStatus.SENT, 2));
        assertThat(stored("e-2:REMINDER")).doesNotContainKey("content");
    }

    @Test
    void aSentNotificationKeepsTheFactsButNotTheContent() {
        String id = NotificationLog.idOf("event-1", NotificationType.ACKNOWLEDGEMENT);
        claim(id, "case-1", NotificationType.ACKNOWLEDGEMENT, "a@example.nl", T0);

        log.markSent(List.of(new NotificationLog.Sent(id, 1)), T0.plusSeconds(1));

        NotificationEntry entry = log.forCase("case-1").get(0);
        assertThat(entry.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(entry.sentAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(stored(id)).doesNotContainKey("content");
    }

    @Test
    void aFailedNotificationKeepsItsContentAndErrorForARetry() {
        String id = NotificationLog.idOf("event-1", NotificationType.ACKNOWLEDGEMENT);
        claim(id, "case-1", NotificationType.ACKNOWLEDGEMENT, "a@example.nl", T0);

        log.markFailed(id, "MailConnectException: no server", true, 3, T0.plusSeconds(1));

        NotificationEntry entry = log.forCase("case-1").get(0);
        assertThat(entry.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(entry.sentAt()).isNull();
        assertThat(entry.error()).isEqualTo("MailConnectException: no server");
        assertThat(entry.attempts()).isEqualTo(3);
        assertThat(stored(id).get("content", Document.class).getString("subject")).isEqualTo("subject");
    }

    @Test
    void listsTheNotificationsOfOneCaseInTheOrderTheyWereRecorded() {
        claim("e-2:REMINDER", "case-1", NotificationType.REMINDER, "a@example.nl", T0.plusSeconds(60));
        claim("e-1:ACKNOWLEDGEMENT", "case-1", NotificationType.ACKNOWLEDGEMENT, "a@example.nl", T0);
        claim("e-3:ACKNOWLEDGEMENT", "case-2", NotificationType.ACKNOWLEDGEMENT, "b@example.nl", T0);

        assertThat(log.forCase("case-1")).extracting(NotificationEntry::id)
                .containsExactly("e-1:ACKNOWLEDGEMENT", "e-2:REMINDER");
        assertThat(log.forCase("unknown")).isEmpty();
    }

    @Test
    void theLongestWaitingFailedMailIsClaimedForAResendOnceWithItsContent() {
        claim("e-1:REMINDER", "case-1", NotificationType.REMINDER, "a@example.nl", T0);
        claim("e-2:REMINDER", "case-1", NotificationType.REMINDER, "b@example.nl", T0);
        log.markFailed("e-2:REMINDER", "down", true, 3, T0.plusSeconds(1));
        log.markFailed("e-1:REMINDER", "down", true, 3, T0.plusSeconds(2));
        Instant now = T0.plusSeconds(30);

        assertThat(log.claimWaiting(now, now.minusSeconds(300))).hasValue(
                new WaitingNotification("e-2:REMINDER", NotificationType.REMINDER, "b@example.nl", CONTENT));
        assertThat(log.claimWaiting(now, now.minusSeconds(300))).map(WaitingNotification::id).hasValue("e-1:REMINDER");
        assertThat(log.claimWaiting(now, now.minusSeconds(300))).isEmpty();
        assertThat(log.forCase("case-1")).extracting(NotificationEntry::status)
                .containsOnly(NotificationStatus.PENDING);
    }

    @Test
    void aMailThatFailedAgainDuringTheRunWaitsForTheNextRun() {
        claim("e-1:REMINDER", "case-1", NotificationType.REMINDER, "a@example.nl", T0);
        Instant now = T0.plusSeconds(30);
        log.markFailed("e-1:REMINDER", "down", true, 1, now);

        assertThat(log.claimWaiting(now, now.minusSeconds(300))).isEmpty();
        assertThat(log.claimWaiting(now.plusSeconds(30), now.minusSeconds(300))).isPresent();
    }

    @Test
    void aMailThatCannotBeBuiltIsNotSentAgain() {
        claim("e-1:REMINDER", "case-1", NotificationType.REMINDER, "not an address", T0);
        log.markFailed("e-1:REMINDER", "AddressException", false, 1, T0);

        assertThat(log.claimWaiting(T0.plusSeconds(60), T0)).isEmpty();
    }

    @Test
    void onlyAPendingMailOlderThanTheStaleLimitIsClaimed() {
        claim("e-1:REMINDER", "case-1", NotificationType.REMINDER, "a@example.nl", T0);
        claim("e-2:REMINDER", "case-1", NotificationType.REMINDER, "a@example.nl", T0.plusSeconds(290));
        Instant now = T0.plusSeconds(310);

        assertThat(log.claimWaiting(now, now.minusSeconds(300))).map(WaitingNotification::id).hasValue("e-1:REMINDER");
        assertThat(log.claimWaiting(now, now.minusSeconds(300))).isEmpty();
    }

    @Test
    void erasureStopsWaitingMailsAndForgetsTheSubmittersAddressButNotWhatWasSent() {
        claim("e-1:ACKNOWLEDGEMENT", "case-1", NotificationType.ACKNOWLEDGEMENT, "oma@example.nl", T0);
        log.markSent(List.of(new NotificationLog.Sent("e-1:ACKNOWLEDGEMENT", 1)), T0);
        claim("e-2:DECISION", "case-1", NotificationType.DECISION, "oma@example.nl", T0);
        log.markFailed("e-2:DECISION", "550 oma@example.nl unknown", true, 1, T0);
        claim("e-3:REMINDER", "case-1", NotificationType.REMINDER, "henk@gastouderbureau.example", T0);
        claim("e-4:ACKNOWLEDGEMENT", "case-2", NotificationType.ACKNOWLEDGEMENT, "oma@example.nl", T0);

        log.erase("case-1", "oma@example.nl");

        assertThat(log.forCase("case-1")).extracting(NotificationEntry::recipient, NotificationEntry::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, NotificationStatus.SENT),
                        org.assertj.core.groups.Tuple.tuple(null, NotificationStatus.FAILED),
                        org.assertj.core.groups.Tuple.tuple("henk@gastouderbureau.example", NotificationStatus.FAILED));
        assertThat(stored("e-2:DECISION")).doesNotContainKey("content");
        assertThat(stored("e-2:DECISION").getString("error")).doesNotContain("oma");
        assertThat(stored("e-3:REMINDER")).doesNotContainKey("content");
        assertThat(log.claimWaiting(T0.plusSeconds(3600), T0.plusSeconds(3600))).map(WaitingNotification::id)
                .as("only the other case's mail still waits").hasValue("e-4:ACKNOWLEDGEMENT");
        assertThat(log.forCase("case-2")).singleElement().extracting(NotificationEntry::recipient).isEqualTo("oma@example.nl");
    }

    private Document stored(String id) {
        return database.getCollection(NotificationLog.COLLECTION).find(new Document("_id", id)).first();
    }

    private static NotificationLog.Claim toClaim(String id, String recipient) {
        return new NotificationLog.Claim("case-1", new WaitingNotification(id, NotificationType.REMINDER, recipient, CONTENT));
    }

    /** @return whether the notification was claimed now, as opposed to before */
    private boolean claim(String id, String caseId, NotificationType type, String recipient, Instant at) {
        return !log.claim(List.of(new NotificationLog.Claim(caseId, new WaitingNotification(id, type, recipient, CONTENT))), at)
                .isEmpty();
    }
}
