package nl.gastouderbureau.complaints.support.privacy;

import com.mongodb.client.MongoClient;
import nl.gastouderbureau.complaints.events.EventCodec;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/**
 * Every service with personal data reads and writes it encrypted (DESIGN P1): the case keys live in
 * one MongoDB database all services reach, and the event codec is protected with them before any
 * consumer or publisher starts. A service set to {@code complaints.privacy.encryption=false} gets
 * no keys and reads every personal text as null.
 */
@AutoConfiguration(afterName = {"org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
        "nl.gastouderbureau.complaints.support.config.PlatformConfiguration"})
@EnableConfigurationProperties(PrivacySettings.class)
public class PrivacyConfiguration {

    @Bean
    @ConditionalOnMissingBean
    DataSubjects dataSubjects(PrivacySettings settings) {
        return new DataSubjects(settings.subjectIdSecret());
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(MongoClient.class)
    @ConditionalOnProperty(name = "complaints.privacy.encryption", havingValue = "true", matchIfMissing = true)
    MongoSubjectKeys subjectKeys(MongoClient client, PrivacySettings settings, Clock clock) {
        return new MongoSubjectKeys(client.getDatabase(settings.keysDatabase()), settings.keyCacheTtl(), clock);
    }

    @Bean
    CodecProtection codecProtection(ObjectProvider<MongoSubjectKeys> keys) {
        MongoSubjectKeys available = keys.getIfAvailable();
        return new CodecProtection(available == null ? () -> { } : EventCodec.protectWith(available));
    }

    /** Undoes the protection when the application stops, so a later one in the same JVM installs its own. */
    static final class CodecProtection implements DisposableBean {

        private final Runnable undo;

        CodecProtection(Runnable undo) {
            this.undo = undo;
        }

        @Override
        public void destroy() {
            undo.run();
        }
    }
}
