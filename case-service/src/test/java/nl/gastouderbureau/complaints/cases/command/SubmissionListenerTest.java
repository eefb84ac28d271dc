package nl.gastouderbureau.complaints.cases.command;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.EventCodec;
import nl.gastouderbureau.complaints.events.EventHeaders;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmissionReceived;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.events.Topics;
import nl.gastouderbureau.complaints.support.config.Deadlines;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class SubmissionListenerTest {

    private final CommandGateway commands = mock(CommandGateway.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final SubmissionListener listener = new SubmissionListener(commands,
            new Deadlines(Duration.ofDays(14), null, null, null, null), meters);

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
    void complaintsDoNotOpenAFeedbackCase() {
        listener.on(record(SubmissionKind.COMPLAINT, "corr-1"));

        verifyNoInteractions(commands);
    }

    private static ConsumerRecord<String, byte[]> record(SubmissionKind kind, String correlationId) {
        SubmissionReceived submission = new SubmissionReceived("sub-1", "FB-2026-0001", kind, Channel.WEB_FORM,
                SubmitterRole.PARENT, null, null, null, "Een tip", null, null, null, false, null,
                Instant.parse("2026-11-24T10:00:00Z"));
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
