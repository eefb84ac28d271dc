package nl.gastouderbureau.complaints.cases.metrics;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.gastouderbureau.complaints.support.web.RuleViolationException;
import org.axonframework.commandhandling.callbacks.NoOpCallback;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommandMetricsTest {

    record CategoriseSomething(boolean allowed) {
    }

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final SimpleCommandBus commandBus = SimpleCommandBus.builder().build();

    CommandMetricsTest() {
        commandBus.registerHandlerInterceptor(new CommandMetrics(meters));
        commandBus.subscribe(CategoriseSomething.class.getName(), command -> {
            if (!((CategoriseSomething) command.getPayload()).allowed()) {
                throw new RuleViolationException("NOT_ALLOWED", "refused");
            }
            return "done";
        });
    }

    @Test
    void everyCommandIsTimedByTypeAndOutcome() {
        send(new CategoriseSomething(true));
        send(new CategoriseSomething(true));
        send(new CategoriseSomething(false));

        assertThat(meters.get(CommandMetrics.METER).tags("command", "CategoriseSomething", "outcome", "success").timer().count())
                .isEqualTo(2);
        assertThat(meters.get(CommandMetrics.METER).tags("command", "CategoriseSomething", "outcome", "refused").timer().count())
                .isEqualTo(1);
    }

    private void send(Object command) {
        commandBus.dispatch(GenericCommandMessage.asCommandMessage(command), NoOpCallback.INSTANCE);
    }
}
