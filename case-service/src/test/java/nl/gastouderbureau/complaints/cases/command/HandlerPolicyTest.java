package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.support.web.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HandlerPolicyTest {

    private static final Instant T = Instant.parse("2026-11-24T10:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"j.bakker", "J.Bakker", "  j.bakker", "J.BAKKER \t"})
    void theInvolvedEmployeeIsRecognisedWhateverTheCaseAndSurroundingSpaces(String handlerId) {
        Complaint complaint = new Complaint(" j.Bakker ", T, T, T);

        assertThatThrownBy(() -> HandlerPolicy.check(complaint, handlerId))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(Rules.HANDLER_IS_INVOLVED));
    }

    @Test
    void anyoneElseMayHandleIt() {
        assertThatCode(() -> HandlerPolicy.check(new Complaint("j.bakker", T, T, T), "j.bakker2")).doesNotThrowAnyException();
        assertThatCode(() -> HandlerPolicy.check(new Complaint(null, T, T, T), "j.bakker")).doesNotThrowAnyException();
    }
}
