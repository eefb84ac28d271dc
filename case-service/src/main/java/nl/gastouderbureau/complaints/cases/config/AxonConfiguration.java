package nl.gastouderbureau.complaints.cases.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.gastouderbureau.complaints.events.privacy.PersonalDataModule;
import nl.gastouderbureau.complaints.support.privacy.MongoSubjectKeys;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;

/**
 * Axon's write side on PostgreSQL (DESIGN §6): events and tracking tokens in the service's own
 * database, in the transaction of the unit of work.
 * <p>
 * Wired here because Axon 4.13's JDBC and transaction auto-configurations do not apply on Boot 4:
 * they are ordered against Boot 3's class names, run before Boot creates the {@code DataSource} and
 * transaction manager, and silently leave Axon without an event store and without transactions.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    @Bean
    ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    /**
     * Axon's JDBC default only recognises {@code SQLIntegrityConstraintViolationException}, which
     * the PostgreSQL driver never throws; it reports a unique violation as SQL state 23505. This
     * makes a second opening of a case an {@code AggregateStreamCreationException} rather than a
     * storage failure.
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    /** The tables are created with {@code CREATE TABLE IF NOT EXISTS}, so every start may ask. */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager) {
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .build();
        engine.createSchema(PostgresEventTableFactory.INSTANCE);
        return engine;
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer) {
        JdbcTokenStore tokenStore = JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .build();
        tokenStore.createSchema(PostgresTokenTableFactory.INSTANCE);
        return tokenStore;
    }

    /**
     * Instants as ISO-8601 text, as on the wire, so stored events read like the topics do; personal
     * texts encrypted under their case's key as on the wire (DESIGN P1), so the event store holds
     * only ciphertext and erasing the key erases them there too.
     */
    @Bean
    ObjectMapper defaultAxonObjectMapper(MongoSubjectKeys keys) {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new PersonalDataModule(keys))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }

    /**
     * A handler that fails stops its processor, which retries the same event with back-off,
     * instead of Axon's default of logging and moving on: a skipped event would never reach
     * Kafka or the projection.
     */
    @Bean
    ConfigurerModule failingHandlersStopTheirProcessor() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }
}
