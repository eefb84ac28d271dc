package nl.gastouderbureau.complaints.support.web;

import nl.gastouderbureau.complaints.events.SubmissionKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestValidatorTest {

    @Test
    void collectsEveryFieldAtFaultBeforeRefusing() {
        RequestValidator v = new RequestValidator();
        v.required("kind", "WISH", SubmissionKind.class);
        v.text("message", "", 1, 10);
        v.email("contact.email", "nobody");
        v.phone("contact.phone", "call me");

        assertThatThrownBy(v::throwIfInvalid)
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("kind", "message", "contact.email", "contact.phone"));
    }

    @Test
    void acceptsValidValuesCaseInsensitiveEnumsAndStripsText() {
        RequestValidator v = new RequestValidator();

        assertThat(v.required("kind", "idea", SubmissionKind.class)).isEqualTo(SubmissionKind.IDEA);
        assertThat(v.text("message", "  hallo  ", 1, 5)).isEqualTo("hallo");
        assertThat(v.email("email", "a.b@example.nl")).isEqualTo("a.b@example.nl");
        assertThat(v.phone("phone", "+31 6 1234 5678")).isEqualTo("+31 6 1234 5678");
        assertThat(v.optional("category", null, SubmissionKind.class)).isNull();
        v.throwIfInvalid();
    }

    @Test
    void controlCharactersAreRefusedButLineBreaksAndTabsAreText() {
        RequestValidator v = new RequestValidator();
        v.text("nul", "Hallo\u0000wereld", 1, 50);
        v.text("escape", "\u001b[31mrood", 1, 50);
        v.text("c1", "tekst\u0085", 1, 50);
        assertThat(v.text("lines", "Regel een\r\nRegel\ttwee", 1, 50)).isEqualTo("Regel een\r\nRegel\ttwee");
        assertThat(v.text("unicode", "Zoë 👶 مرحبا", 1, 50)).isEqualTo("Zoë 👶 مرحبا");

        assertThatThrownBy(v::throwIfInvalid)
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("nul", "escape", "c1"));
    }

    @Test
    void anEmailAddressIsAMailboxAtADomainAndNeverMarkup() {
        RequestValidator v = new RequestValidator();
        for (String good : new String[] {"jan@example.nl", "j.de-vries+klacht@mail.example.nl", "zoë@café.nl", "o'brien@example.com"}) {
            assertThat(v.email("email", good)).isEqualTo(good);
        }
        v.throwIfInvalid();

        for (String bad : new String[] {"<script>@example.nl", "jan@example", "jan..de@example.nl", "jan@-example.nl",
                "\"jan\"@example.nl", "jan@exa mple.nl", "jan@example.nl>", "a@b@example.nl"}) {
            RequestValidator one = new RequestValidator();
            one.email("email", bad);
            assertThatThrownBy(one::throwIfInvalid).as(bad).isInstanceOf(InvalidRequestException.class);
        }
    }

    @Test
    void lengthBoundsAreInclusive() {
        RequestValidator v = new RequestValidator();
        v.text("atMost", "x".repeat(5), 1, 5);
        v.throwIfInvalid();

        v.text("tooLong", "x".repeat(6), 1, 5);
        assertThatThrownBy(v::throwIfInvalid).isInstanceOf(InvalidRequestException.class);
    }
}
