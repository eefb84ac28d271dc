package nl.gastouderbureau.complaints.reporting.projection;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.Contact;
import nl.gastouderbureau.complaints.events.EventCodec;
import nl.gastouderbureau.complaints.events.EventHeaders;
import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.events.Topics;
import nl.gastouderbureau.complaints.reporting.facts.CaseFactsRepository;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

class CaseFactsProjectionTest {

    private final CaseFactsRepository facts = mock(CaseFactsRepository.class);
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final CaseFactsProjection projection = new CaseFactsProjection(facts, metrics);

    @Test
    void recordsTheCountableFactsOfAnOpenedFeedbackCase() {
        FeedbackCaseOpened opened = new FeedbackCaseOpened("case-1", "FB-2026-0117", SubmissionKind.IDEA, Channel.EMAIL,
                SubmitterRole.GRANDPARENT, Category.COMMUNICATION, Language.NL, "Vrije tekst",
                new Contact("Oma", "oma@example.nl", null), false,
                Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-12-08T10:00:00Z"));

        projection.on(record("FeedbackCaseOpened", EventCodec.toJson(opened)));

        verify(facts).opened("case-1", SubmissionKind.IDEA, Channel.EMAIL, SubmitterRole.GRANDPARENT,
                Category.COMMUNICATION, opened.receivedAt(), opened.respondBy());
        assertThat(metrics.counter("complaints.reporting.events.projected", "type", "FeedbackCaseOpened").count()).isEqualTo(1);
    }

    @Test
    void skipsEventsNoReportCountsYet() {
        projection.on(record("ComplaintDecided", "{\"caseId\":\"case-1\"}".getBytes(StandardCharsets.UTF_8)));

        verifyNoInteractions(facts);
    }

    @Test
    void refusesAnUnreadableRecordSoItIsDeadLettered() {
        assertThatThrownBy(() -> projection.on(record("FeedbackCaseOpened", "{not json".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(EventCodec.UnreadableEventException.class);
    }

    private static ConsumerRecord<String, byte[]> record(String type, byte[] json) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.CASE_EVENTS, 0, 0L, "case-1", json);
        record.headers().add(EventHeaders.EVENT_ID, "event-1".getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.EVENT_TYPE, type.getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.SCHEMA_VERSION, "1".getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
