package nl.gastouderbureau.complaints.cases.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.gastouderbureau.complaints.events.CaseEvent;
import nl.gastouderbureau.complaints.events.ComplaintHandlingOverdue;
import nl.gastouderbureau.complaints.events.CorrectiveActionOverdue;
import nl.gastouderbureau.complaints.events.FeedbackResponseOverdue;
import nl.gastouderbureau.complaints.events.LegalHandlingLimitExceeded;
import nl.gastouderbureau.complaints.events.PersonalContactOverdue;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Counts the case events as they are stored, {@code complaints.cases.events{type}}, and among them
 * the escalations to management, {@code complaints.cases.escalated{kind}} (F4, F6, C6, C6b). Counted
 * once the unit of work committed, so a command that failed counts nothing.
 */
public class StoredEventMetrics implements MessageDispatchInterceptor<EventMessage<?>> {

    public static final String EVENTS = "complaints.cases.events";
    public static final String ESCALATED = "complaints.cases.escalated";

    private static final Set<Class<?>> ESCALATIONS = Set.of(FeedbackResponseOverdue.class, ComplaintHandlingOverdue.class,
            LegalHandlingLimitExceeded.class, CorrectiveActionOverdue.class, PersonalContactOverdue.class);

    private final MeterRegistry meters;

    public StoredEventMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> {
            if (message.getPayload() instanceof CaseEvent) {
                Runnable count = () -> count(message.getPayloadType());
                if (CurrentUnitOfWork.isStarted()) {
                    CurrentUnitOfWork.get().afterCommit(done -> count.run());
                } else {
                    count.run();
                }
            }
            return message;
        };
    }

    private void count(Class<?> type) {
        String name = type.getSimpleName();
        meters.counter(EVENTS, "type", name).increment();
        if (ESCALATIONS.contains(type)) {
            meters.counter(ESCALATED, "kind", name).increment();
        }
    }
}
