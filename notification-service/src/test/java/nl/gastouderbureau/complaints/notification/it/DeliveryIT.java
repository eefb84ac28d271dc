package nl.gastouderbureau.complaints.notification.it;

import nl.gastouderbureau.complaints.events.Actor;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.ComplaintFiled;
import nl.gastouderbureau.complaints.events.ComplaintHandlingOverdue;
import nl.gastouderbureau.complaints.events.Contact;
import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.events.FeedbackOutcome;
import nl.gastouderbureau.complaints.events.FeedbackResponseRecorded;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Exactly once, nothing lost: an SMTP outage, a redelivered event with two messages, anonymous cases. */
class DeliveryIT extends NotificationItSupport {

    private static final Instant FILED = Instant.parse("2026-11-24T10:00:00Z");
    private static final Instant HANDLE_BY = Instant.parse("2026-12-08T10:00:00Z");

    @Test
    void mailThatWaitedDuringAnSmtpOutageGoesOutOnceWhenTheServerIsBack() throws InterruptedException {
        ComplaintFiled complaint = filed(uniqueAddress(), uniqueReference("KL"));
        FeedbackCaseOpened feedback = feedback(uniqueAddress(), uniqueReference("FB"));

        mail().stop();
        try {
            topic.publish(UUID.randomUUID().toString(), complaint);
            topic.publish(UUID.randomUUID().toString(), feedback);
            // The resend job keeps trying while the server is away, so a mail may briefly show as PENDING.
            await().atMost(PATIENCE).untilAsserted(() -> {
                assertThat(statusesOf(complaint.caseId())).containsExactly("FAILED");
                assertThat(statusesOf(feedback.caseId())).containsExactly("FAILED");
            });
        } finally {
            mail().start();
        }

        assertThat(awaitMailTo(complaint.contact().email()).subject()).startsWith("[" + complaint.reference() + "]");
        assertThat(awaitMailTo(feedback.contact().email()).subject()).startsWith("[" + feedback.reference() + "]");
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(statusesOf(complaint.caseId())).containsExactly("SENT");
            assertThat(statusesOf(feedback.caseId())).containsExactly("SENT");
        });
        // A few more runs of the resend job must find nothing left to send.
        Thread.sleep(3_000);
        assertThat(mailsTo(complaint.contact().email())).hasSize(1);
        assertThat(mailsTo(feedback.contact().email())).hasSize(1);
    }

    @Test
    void anEventDeliveredTwiceSendsEachOfItsMessagesOnce() {
        ComplaintFiled complaint = filed(uniqueAddress(), uniqueReference("KL"));
        ComplaintHandlingOverdue overdue = new ComplaintHandlingOverdue(complaint.caseId(), HANDLE_BY, HANDLE_BY);
        String eventId = UUID.randomUUID().toString();

        topic.publish(UUID.randomUUID().toString(), complaint);
        topic.publish(eventId, overdue);
        RecordMetadata again = topic.publish(eventId, overdue);
        topic.awaitHandled(GROUP, again, PATIENCE);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(notificationsOf(complaint.caseId())
                .<List<String>>json("$.items[?(@.status == 'SENT')].type"))
                .containsExactlyInAnyOrder("ACKNOWLEDGEMENT", "ESCALATION", "DEADLINE_PASSED"));
        String subject = "[" + complaint.reference() + "] De termijn voor ons besluit over uw klacht is verstreken";
        assertThat(mailsTo(complaint.contact().email())).filteredOn(m -> subject.equals(m.subject())).hasSize(1);
        assertThat(mailsTo(DIRECTOR)).filteredOn(m -> m.subject().startsWith("[" + complaint.reference() + "] Escalatie"))
                .hasSize(1);
    }

    @Test
    void anonymousFeedbackGetsNoResponseByMail() {
        FeedbackCaseOpened anonymous = feedback(null, uniqueReference("FB"));

        topic.publish(UUID.randomUUID().toString(), anonymous);
        topic.awaitHandled(GROUP, topic.publish(UUID.randomUUID().toString(), new FeedbackResponseRecorded(
                anonymous.caseId(), FeedbackOutcome.NOTED, "Dank", false, new Actor("staff", Actor.STAFF), FILED)), PATIENCE);

        assertThat(notificationsOf(anonymous.caseId()).<List<Object>>json("$.items")).isEmpty();
        assertThat(mail().messages()).noneMatch(m -> m.subject().contains(anonymous.reference()));
    }

    private List<String> statusesOf(String caseId) {
        return notificationsOf(caseId).json("$.items[*].status");
    }

    private static ComplaintFiled filed(String email, String reference) {
        return new ComplaintFiled(UUID.randomUUID().toString(), reference, "client", "Ophalen", "Te laat.", "Els",
                LocalDate.parse("2026-11-20"), "Excuses", null, Language.NL, new Contact("Piet", email, null), null,
                FILED, HANDLE_BY, Instant.parse("2027-01-05T10:00:00Z"));
    }

    private static FeedbackCaseOpened feedback(String email, String reference) {
        return new FeedbackCaseOpened(UUID.randomUUID().toString(), reference, SubmissionKind.TIP, Channel.WEB_FORM,
                SubmitterRole.PARENT, null, Language.NL, "Tip", email == null ? null : new Contact(null, email, null),
                false, FILED, HANDLE_BY);
    }
}
