package nl.gastouderbureau.complaints.cases.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.EventBus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The case service's domain metrics (commands, deadlines, stored events and escalations), hooked
 * into Axon's buses; Axon's own dimensional metrics ({@code commandBus_*}, {@code eventProcessor_*})
 * come beside them.
 */
@Configuration(proxyBeanMethods = false)
public class CaseMetricsConfiguration {

    @Autowired
    void registerInterceptors(CommandBus commandBus, DeadlineManager deadlineManager, EventBus eventBus,
                              MeterRegistry meters) {
        commandBus.registerHandlerInterceptor(new CommandMetrics(meters));
        deadlineManager.registerHandlerInterceptor(new DeadlineMetrics(meters));
        eventBus.registerDispatchInterceptor(new StoredEventMetrics(meters));
    }
}
