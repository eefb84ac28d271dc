package nl.gastouderbureau.complaints.cases.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Counts deadlines as they fire and their handling is committed,
 * {@code complaints.deadlines.fired{deadline}}. A deadline that fires for a moment the case no
 * longer has (moved by an extension, overtaken by a decision) counts too: it was delivered, and
 * the case recognised it as stale.
 */
public class DeadlineMetrics implements MessageHandlerInterceptor<DeadlineMessage<?>> {

    public static final String METER = "complaints.deadlines.fired";

    private final MeterRegistry meters;

    public DeadlineMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public Object handle(UnitOfWork<? extends DeadlineMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        String deadline = unitOfWork.getMessage().getDeadlineName();
        Object result = chain.proceed();
        unitOfWork.afterCommit(done -> Counter.builder(METER)
                .description("Case deadlines that fired and were handled")
                .tag("deadline", deadline)
                .register(meters)
                .increment());
        return result;
    }
}
