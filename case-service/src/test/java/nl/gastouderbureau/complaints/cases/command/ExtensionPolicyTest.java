package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.Verdict;
import nl.gastouderbureau.complaints.support.web.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExtensionPolicyTest {

    private static final Instant HANDLE_BY = Instant.parse("2026-12-08T10:00:00Z");
    private static final Instant LEGAL_LIMIT = Instant.parse("2027-01-05T10:00:00Z");

    private final Complaint complaint = new Complaint(null, Instant.parse("2026-11-24T10:00:00Z"), HANDLE_BY, LEGAL_LIMIT);

    @Test
    void anyLaterMomentUpToTheLegalLimitIsAllowed() {
        assertThatCode(() -> ExtensionPolicy.check(complaint, HANDLE_BY.plusSeconds(1))).doesNotThrowAnyException();
        assertThatCode(() -> ExtensionPolicy.check(complaint, LEGAL_LIMIT)).doesNotThrowAnyException();
    }

    @Test
    void refusals() {
        assertRefused(HANDLE_BY, Rules.EXTENSION_NOT_LATER);
        assertRefused(LEGAL_LIMIT.plusSeconds(1), Rules.EXTENSION_PAST_LEGAL_LIMIT);
        complaint.extended = true;
        assertRefused(LEGAL_LIMIT, Rules.EXTENSION_ALREADY_USED);
        complaint.verdict = Verdict.UNFOUNDED;
        assertRefused(LEGAL_LIMIT, Rules.ALREADY_DECIDED);
    }

    private void assertRefused(Instant newHandleBy, String rule) {
        assertThatThrownBy(() -> ExtensionPolicy.check(complaint, newHandleBy))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo(rule));
    }
}
