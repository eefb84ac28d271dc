package nl.gastouderbureau.complaints.support.kafka;

import nl.gastouderbureau.complaints.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

class TopicsConfigurationTest {

    @Test
    void onAClusterEveryTopicAndItsDeadLetterTopicKeepsTwoOfThreeReplicasInSync() {
        assertThat(TopicsConfiguration.topics(3, (short) 3, 2))
                .extracting(NewTopic::name, NewTopic::replicationFactor,
                        topic -> topic.configs().get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG))
                .containsExactlyInAnyOrder(
                        tuple(Topics.SUBMISSIONS, (short) 3, "2"),
                        tuple(Topics.deadLetter(Topics.SUBMISSIONS), (short) 3, "2"),
                        tuple(Topics.CASE_EVENTS, (short) 3, "2"),
                        tuple(Topics.deadLetter(Topics.CASE_EVENTS), (short) 3, "2"));
    }

    @Test
    void withoutAMinimumTopicsTakeTheBrokersDefault() {
        assertThat(TopicsConfiguration.topics(3, (short) 1, null))
                .allSatisfy(topic -> assertThat(topic.configs() == null ? Map.of() : topic.configs())
                        .doesNotContainKey(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG));
    }

    @Test
    void aMinimumAboveTheReplicationFactorStopsTheStart() {
        assertThatThrownBy(() -> TopicsConfiguration.topics(3, (short) 1, 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("complaints.kafka.min-insync-replicas");
    }
}
