package nl.gastouderbureau.complaints.cases.command;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.gastouderbureau.complaints.events.Actor;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.EventCodec;
import nl.gastouderbureau.complaints.events.EventHeaders;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmissionReceived;
import nl.gastouderbureau.complaints.events.SubmitterReplyReceived;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.events.Topics;
import nl.gastouderbureau.complaints.support.config.Deadlines;
import nl.gastouderbureau.complaints.support.privacy.MongoSubjectKeys;
import nl.gastouderbureau.complaints.support.web.RuleViolationException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.kafka.listener.BatchListenerFailedException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class SubmissionListenerTest {

    private final CommandGateway commands = mock(CommandGateway.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final MongoSubjectKeys keys = mock(MongoSubjectKeys.class);
    private final SubmissionListener listener = new SubmissionListener(commands,
            new Deadlines(Duration.ofDays(14), Duration.ofDays(14), null, Duration.ofDays(42), null), meters,
            keys);
    private static final Instant RECEIVED_AT = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void feedbackOpensACaseUnderTheSubmissionsIdAndCorrelation() {
        listener.on(record(SubmissionKind.TIP, "corr-1"));

        ArgumentCaptor<CommandMessage<OpenFeedbackCaseCommand>> sent = ArgumentCaptor.forClass(CommandMessage.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue().getPayload().caseId()).isEqualTo(new CaseId("sub-1"));
        assertThat(sent.getValue().getPayload().responsePeriod()).isEqualTo(Duration.ofDays(14));
        assertThat(sent.getValue().getMetaData()).containsEntry("traceId", "corr-1");
        assertThat(meters.counter("complaints.cases.opened", "kind", "TIP").count()).isEqualTo(1);
    }

    @Test
    void aPollsKeysAreReadTogetherAndAFailingRecordIsReportedAtItsPosition() {
        when(commands.sendAndWait(any(Object.class))).thenReturn(null).thenThrow(new IllegalStateException("database away"));

        assertThatThrownBy(() -> listener.on(List.of(record(SubmissionKind.TIP, "corr-1"), reply("corr-2"),
                record(SubmissionKind.IDEA, "corr-3"))))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> assertThat(e.getIndex()).isEqualTo(1))
                .hasRootCauseMessage("database away");

        verify(keys).prefetch(List.of("sub-1", "case-9", "sub-1"));
        assertThat(sentCommands()).hasSize(2);
        assertThat(meters.counter("complaints.cases.opened", "kind", "TIP").count()).isEqualTo(1);
    }

    @Test
    void aSubmissionWithoutCorrelationStartsOneWithItsEventId() {
        listener.on(record(SubmissionKind.REMARK, null));

        ArgumentCaptor<CommandMessage<OpenFeedbackCaseCommand>> sent = ArgumentCaptor.forClass(CommandMessage.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue().getMetaData()).containsEntry("traceId", "event-1");
    }

    @Test
    void aRedeliveredSubmissionIsAcknowledgedWithoutOpeningAgain() {
        when(commands.sendAndWait(any(Object.class))).thenThrow(new AggregateStreamCreationException("exists"));

        assertThatCode(() -> listener.on(record(SubmissionKind.IDEA, "corr-1"))).doesNotThrowAnyException();
        assertThat(meters.find("complaints.cases.opened").counter()).isNull();
    }

    @Test
    void anInformalComplaintIsRegisteredForTheConversation() {
        listener.on(record(new SubmissionReceived("sub-1", "KL-2026-0041", SubmissionKind.INFORMAL_COMPLAINT,
                Channel.PHONE, SubmitterRole.PARENT, null, null, null, "Niet teruggebeld", null, "client", null,
                false, null, RECEIVED_AT), "corr-1"));

        RegisterInformalComplaintCommand sent = (RegisterInformalComplaintCommand) sentCommands().get(0).getPayload();
        assertThat(sent.caseId()).isEqualTo(new CaseId("sub-1"));
        assertThat(sent.clientAccount()).isEqualTo("client");
        assertThat(sent.by().role()).isEqualTo(Actor.STAFF);
        assertThat(meters.counter("complaints.cases.opened", "kind", "INFORMAL_COMPLAINT").count()).isEqualTo(1);
    }

    @Test
    void aFormalComplaintIsFiledWithBothClocksAndClosesTheInformalCaseItContinues() {
        listener.on(record(complaint("informal-1"), "corr-1"));

        List<CommandMessage<?>> sent = sentCommands();
        FileComplaintCommand filed = (FileComplaintCommand) sent.get(0).getPayload();
        assertThat(filed.caseId()).isEqualTo(new CaseId("sub-1"));
        assertThat(filed.subject()).isEqualTo("Opvangtijden");
        assertThat(filed.description()).isEqualTo("Te vroeg opgehaald");
        assertThat(filed.involvedEmployee()).isEqualTo("j.bakker");
        assertThat(filed.occurredOn()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(filed.desiredOutcome()).isEqualTo("Excuses");
        assertThat(filed.handleBy()).isEqualTo(Instant.parse("2026-12-08T10:00:00Z"));
        assertThat(filed.legalLimit()).isEqualTo(Instant.parse("2027-01-05T10:00:00Z"));
        assertThat(sent.get(1).getPayload()).isEqualTo(new CloseAsContinuedCommand(new CaseId("informal-1"), "sub-1",
                new Actor("client", Actor.CLIENT), RECEIVED_AT));
        assertThat(sent.get(1).getMetaData()).containsEntry("traceId", "corr-1");
    }

    @Test
    void aRedeliveredComplaintStillClosesTheInformalCaseAndAClosedOneStaysClosed() {
        when(commands.sendAndWait(any(Object.class)))
                .thenThrow(new AggregateStreamCreationException("exists"))
                .thenThrow(new RuleViolationException(Rules.CASE_CLOSED, "closed"));

        assertThatCode(() -> listener.on(record(complaint("informal-1"), "corr-1"))).doesNotThrowAnyException();
        assertThat(sentCommands()).hasSize(2);
    }

    @Test
    void aComplaintWithoutLinkOpensOnlyItsOwnCase() {
        listener.on(record(complaint(null), "corr-1"));

        assertThat(sentCommands()).hasSize(1);
    }

    @Test
    void aFormalComplaintWithoutClientAccountOpensNoCase() {
        SubmissionReceived anonymous = new SubmissionReceived("sub-1", "KL-2026-0042", SubmissionKind.COMPLAINT,
                Channel.WEB_FORM, SubmitterRole.PARENT, null, null, "Opvangtijden", "Te vroeg opgehaald", null, null,
                null, false, null, RECEIVED_AT);

        listener.on(record(anonymous, "corr-1"));

        verifyNoInteractions(commands);
    }

    @Test
    void aMailedInSubmissionBringsItsAttachmentCountAndWishForContact() {
        listener.on(record(new SubmissionReceived("sub-1", "FB-2026-0001", SubmissionKind.REMARK, Channel.EMAIL,
                SubmitterRole.PARENT, null, null, "Het hek", "Het hek staat open", null, null, null, true, null,
                RECEIVED_AT, 3), "corr-1"));

        OpenFeedbackCaseCommand sent = (OpenFeedbackCaseCommand) sentCommands().get(0).getPayload();
        assertThat(sent.attachmentCount()).isEqualTo(3);
        assertThat(sent.wantsPersonalContact()).isTrue();
        assertThat(sent.channel()).isEqualTo(Channel.EMAIL);
    }

    @Test
    void aReplyJoinsTheCaseItQuotesUnderItsCorrelation() {
        listener.on(reply("corr-7"));

        CommandMessage<?> sent = sentCommands().get(0);
        assertThat(sent.getPayload()).isEqualTo(new AddSubmitterMessageCommand(new CaseId("case-9"), "reply-1",
                Channel.EMAIL, "Re: [FB-2026-0001]", "Nog een vraag", 1, RECEIVED_AT));
        assertThat(sent.getMetaData()).containsEntry("traceId", "corr-7");
        assertThat(meters.find("complaints.cases.opened").counter()).isNull();
    }

    @Test
    void aReplyForACaseThatDoesNotExistIsAcknowledged() {
        when(commands.sendAndWait(any(Object.class))).thenThrow(new AggregateNotFoundException("case-9", "no case"));

        assertThatCode(() -> listener.on(reply("corr-7"))).doesNotThrowAnyException();
    }

    private static ConsumerRecord<String, byte[]> reply(String correlationId) {
        SubmitterReplyReceived reply = new SubmitterReplyReceived("reply-1", "case-9", "FB-2026-0001", Channel.EMAIL,
                "Re: [FB-2026-0001]", "Nog een vraag", 1, RECEIVED_AT);
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.SUBMISSIONS, 0, 0, "case-9",
                EventCodec.toJson(reply));
        header(record, EventHeaders.EVENT_ID, "event-2");
        header(record, EventHeaders.EVENT_TYPE, "SubmitterReplyReceived");
        header(record, EventHeaders.CORRELATION_ID, correlationId);
        return record;
    }

    private List<CommandMessage<?>> sentCommands() {
        ArgumentCaptor<CommandMessage<?>> sent = ArgumentCaptor.forClass(CommandMessage.class);
        verify(commands, atLeastOnce()).sendAndWait(sent.capture());
        return sent.getAllValues();
    }

    private static SubmissionReceived complaint(String linkedCaseId) {
        return new SubmissionReceived("sub-1", "KL-2026-0042", SubmissionKind.COMPLAINT, Channel.WEB_FORM,
                SubmitterRole.PARENT, null, null, "Opvangtijden", "Te vroeg opgehaald", null, "client", linkedCaseId,
                false, new SubmissionReceived.ComplaintDetails("j.bakker", LocalDate.of(2026, 11, 1), "Excuses"),
                RECEIVED_AT);
    }

    private static ConsumerRecord<String, byte[]> record(SubmissionKind kind, String correlationId) {
        return record(new SubmissionReceived("sub-1", "FB-2026-0001", kind, Channel.WEB_FORM,
                SubmitterRole.PARENT, null, null, null, "Een tip", null, null, null, false, null,
                RECEIVED_AT), correlationId);
    }

    private static ConsumerRecord<String, byte[]> record(SubmissionReceived submission, String correlationId) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.SUBMISSIONS, 0, 0, "sub-1",
                EventCodec.toJson(submission));
        header(record, EventHeaders.EVENT_ID, "event-1");
        header(record, EventHeaders.EVENT_TYPE, "SubmissionReceived");
        header(record, EventHeaders.CORRELATION_ID, correlationId);
        return record;
    }

    private static void header(ConsumerRecord<String, byte[]> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
