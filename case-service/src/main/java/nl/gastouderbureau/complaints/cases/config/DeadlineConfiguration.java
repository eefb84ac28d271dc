package nl.gastouderbureau.complaints.cases.config;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineToken;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * Deadlines that survive a restart (DESIGN §3): Axon's {@link DbSchedulerDeadlineManager} keeps
 * them in the service's own PostgreSQL, next to the events, in db-scheduler's
 * {@code scheduled_tasks} table.
 * <p>
 * The scheduler's data source joins the running transaction, so a deadline is stored or cancelled
 * in the same transaction as the events of the command that set it: a command that fails leaves no
 * deadline behind. A due deadline is picked by one instance, handled in a transaction, and then
 * removed; should the process die in between, it fires again after the restart, which the case's
 * deadline handlers recognise and ignore.
 * <p>
 * Wired by hand, like the event store: Axon's db-scheduler auto-configuration expects
 * db-scheduler's Spring Boot starter, and is excluded in {@code application.yml}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadlineConfiguration.SchedulerSettings.class)
public class DeadlineConfiguration {

    /**
     * @param pollingInterval how often due deadlines are looked for: a deadline fires up to this late
     * @param threads         how many deadlines are handled at once
     */
    @ConfigurationProperties("complaints.deadline-scheduler")
    public record SchedulerSettings(Duration pollingInterval, Integer threads) {

        public SchedulerSettings {
            pollingInterval = pollingInterval == null ? Duration.ofSeconds(5) : pollingInterval;
            threads = threads == null ? 2 : threads;
        }
    }

    @Bean
    Scheduler deadlineScheduler(DataSource dataSource, SchedulerSettings settings,
                                ObjectProvider<DeadlineManager> deadlineManager) {
        createTableIfMissing(dataSource);
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource),
                        DbSchedulerDeadlineManager.binaryTask(() -> (DbSchedulerDeadlineManager) deadlineManager.getObject()))
                .pollingInterval(settings.pollingInterval())
                .threads(settings.threads())
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    /** Started and stopped by Axon's lifecycle, once the aggregates it delivers to are ready. */
    @Bean
    DeadlineManager deadlineManager(Scheduler scheduler, org.axonframework.config.Configuration configuration,
                                    @Qualifier("eventSerializer") Serializer serializer,
                                    TransactionManager transactionManager) {
        return new ForgivingCancelDeadlineManager(DbSchedulerDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(configuration))
                .serializer(serializer)
                .transactionManager(transactionManager), scheduler);
    }

    /**
     * The case cancels a deadline by the schedule id it kept, also when that deadline already
     * fired or is firing right now. db-scheduler refuses those cancellations with an exception,
     * which would fail the command; here they cancel nothing, and the deadline handler, which
     * checks whether it is still due, ignores a deadline that fires anyway.
     */
    static final class ForgivingCancelDeadlineManager extends DbSchedulerDeadlineManager {

        private static final Logger log = LoggerFactory.getLogger(ForgivingCancelDeadlineManager.class);

        private final Scheduler scheduler;

        ForgivingCancelDeadlineManager(Builder builder, Scheduler scheduler) {
            super(builder);
            this.scheduler = scheduler;
        }

        @Override
        public void cancelSchedule(String deadlineName, String scheduleId) {
            runOnPrepareCommitOrNow(() -> {
                try {
                    scheduler.cancel(new DbSchedulerDeadlineToken(scheduleId));
                } catch (TaskInstanceNotFoundException | TaskInstanceCurrentlyExecutingException gone) {
                    log.debug("Deadline {} {} is no longer pending: {}", deadlineName, scheduleId, gone.getMessage());
                }
            });
        }
    }

    /** db-scheduler's PostgreSQL table (version 16), created like Axon's tables: if it is not there yet. */
    private static void createTableIfMissing(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("""
                CREATE TABLE IF NOT EXISTS scheduled_tasks (
                  task_name text NOT NULL,
                  task_instance text NOT NULL,
                  task_data bytea,
                  execution_time timestamp with time zone NOT NULL,
                  picked boolean NOT NULL,
                  picked_by text,
                  last_success timestamp with time zone,
                  last_failure timestamp with time zone,
                  consecutive_failures int,
                  last_heartbeat timestamp with time zone,
                  version bigint NOT NULL,
                  priority smallint,
                  PRIMARY KEY (task_name, task_instance))""");
        jdbc.execute("CREATE INDEX IF NOT EXISTS execution_time_idx ON scheduled_tasks (execution_time)");
        jdbc.execute("CREATE INDEX IF NOT EXISTS last_heartbeat_idx ON scheduled_tasks (last_heartbeat)");
        jdbc.execute("CREATE INDEX IF NOT EXISTS priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC)");
    }
}
