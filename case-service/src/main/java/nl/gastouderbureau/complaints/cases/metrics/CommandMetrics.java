package nl.gastouderbureau.complaints.cases.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import nl.gastouderbureau.complaints.support.web.RuleViolationException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.ExecutionResult;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;

import java.util.concurrent.TimeUnit;

/**
 * Times every command the case aggregate handles, {@code complaints.cases.commands{command,outcome}},
 * from the handler's start until its events are committed, so the store's append is part of it.
 * The outcome says how it ended: {@code success}, {@code refused} (a rule of DESIGN §3),
 * {@code conflict} (a stale version or a concurrent append), {@code not-found} or {@code failed}.
 */
public class CommandMetrics implements MessageHandlerInterceptor<CommandMessage<?>> {

    public static final String METER = "complaints.cases.commands";

    private final MeterRegistry meters;

    public CommandMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        long started = System.nanoTime();
        String command = unitOfWork.getMessage().getPayloadType().getSimpleName();
        Object result;
        try {
            result = chain.proceed();
        } catch (Exception e) {
            record(command, outcomeOf(e), started);
            throw e;
        }
        unitOfWork.afterCommit(done -> record(command, "success", started));
        unitOfWork.onRollback(failed -> record(command, outcomeOf(failed.getExecutionResult()), started));
        return result;
    }

    private void record(String command, String outcome, long started) {
        Timer.builder(METER)
                .description("Commands handled by the case aggregate, until their events were stored")
                .tags("command", command, "outcome", outcome)
                .register(meters)
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    private static String outcomeOf(ExecutionResult result) {
        return result != null && result.isExceptionResult() ? outcomeOf(result.getExceptionResult()) : "failed";
    }

    static String outcomeOf(Throwable e) {
        if (e instanceof RuleViolationException) {
            return "refused";
        }
        if (e instanceof ConflictingModificationException || e instanceof ConcurrencyException
                || e instanceof AggregateStreamCreationException) {
            return "conflict";
        }
        if (e instanceof AggregateNotFoundException) {
            return "not-found";
        }
        return "failed";
    }
}
