package nl.gastouderbureau.complaints.support.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import nl.gastouderbureau.complaints.support.metrics.ConsumerLag.Subscription;
import org.apache.kafka.clients.admin.Admin;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Consumer lag per group of the service's own {@code @KafkaListener}s, asked of the broker every
 * {@code complaints.kafka.lag-interval} (default 5 s) on a thread of its own, so a scrape never
 * waits for Kafka. A service without listeners (intake) measures nothing.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
public class ConsumerLagConfiguration {

    @Bean
    SmartLifecycle consumerLagMeasurement(ObjectProvider<KafkaAdmin> kafkaAdmin,
                                          ObjectProvider<KafkaListenerEndpointRegistry> listeners,
                                          ObjectProvider<MeterRegistry> meters,
                                          @Value("${complaints.kafka.lag-interval:PT5S}") Duration interval) {
        return new Measurement(kafkaAdmin, listeners, meters, interval);
    }

    /** The groups and topics of the listener containers, as Spring Kafka knows them. */
    static List<Subscription> subscriptionsOf(KafkaListenerEndpointRegistry listeners) {
        Map<String, Set<String>> topicsPerGroup = new LinkedHashMap<>();
        for (MessageListenerContainer container : listeners.getListenerContainers()) {
            String[] topics = container.getContainerProperties().getTopics();
            if (container.getGroupId() != null && topics != null) {
                topicsPerGroup.computeIfAbsent(container.getGroupId(), group -> new TreeSet<>()).addAll(Arrays.asList(topics));
            }
        }
        return topicsPerGroup.entrySet().stream().map(e -> new Subscription(e.getKey(), e.getValue())).toList();
    }

    private static final class Measurement implements SmartLifecycle {

        private final ObjectProvider<KafkaAdmin> kafkaAdmin;
        private final ObjectProvider<KafkaListenerEndpointRegistry> listeners;
        private final ObjectProvider<MeterRegistry> meters;
        private final Duration interval;
        private ScheduledExecutorService scheduler;
        private Admin admin;

        Measurement(ObjectProvider<KafkaAdmin> kafkaAdmin, ObjectProvider<KafkaListenerEndpointRegistry> listeners,
                    ObjectProvider<MeterRegistry> meters, Duration interval) {
            this.kafkaAdmin = kafkaAdmin;
            this.listeners = listeners;
            this.meters = meters;
            this.interval = interval;
        }

        @Override
        public synchronized void start() {
            KafkaAdmin settings = kafkaAdmin.getIfAvailable();
            KafkaListenerEndpointRegistry registry = listeners.getIfAvailable();
            MeterRegistry registryOfMeters = meters.getIfAvailable();
            List<Subscription> subscriptions = registry == null ? List.of() : subscriptionsOf(registry);
            if (settings == null || registryOfMeters == null || subscriptions.isEmpty()) {
                return;
            }
            admin = Admin.create(settings.getConfigurationProperties());
            ConsumerLag lag = new ConsumerLag(admin, () -> subscriptions, registryOfMeters, interval);
            scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "consumer-lag");
                thread.setDaemon(true);
                return thread;
            });
            scheduler.scheduleWithFixedDelay(lag::refresh, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public synchronized void stop() {
            if (scheduler != null) {
                scheduler.shutdownNow();
                admin.close(Duration.ofSeconds(2));
                scheduler = null;
            }
        }

        @Override
        public synchronized boolean isRunning() {
            return scheduler != null;
        }
    }
}
