package nl.gastouderbureau.complaints.intake.mailin;

import nl.gastouderbureau.complaints.events.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The small rules about a mail's text: its reference, its language and its length. */
class MailTextsTest {

    @Test
    void theReferenceInASubjectIsFoundInBracketsOrTypedByHand() {
        assertThat(SubjectReference.in("Re: [KL-2026-0042] We hebben uw klacht ontvangen")).contains("KL-2026-0042");
        assertThat(SubjectReference.in("vraag over fb-2026-0117 graag")).contains("FB-2026-0117");
        assertThat(SubjectReference.in("Een idee")).isEmpty();
        assertThat(SubjectReference.in("XFB-2026-0117")).isEmpty();
        assertThat(SubjectReference.in(null)).isEmpty();
    }

    @Test
    void aMailIsDutchUnlessItIsEvidentlyEnglish() {
        assertThat(MailLanguage.of(null, "An idea", "Dear team, I would like to thank you for the care you give our son."))
                .isEqualTo(Language.EN);
        assertThat(MailLanguage.of(null, "Een idee", "Beste mensen, ik wil u graag bedanken voor de goede opvang.")).isEqualTo(Language.NL);
        assertThat(MailLanguage.of(null, "Hi", "Thanks!")).isEqualTo(Language.NL);
        assertThat(MailLanguage.of("en-GB", "Idee", "Kort")).isEqualTo(Language.EN);
        assertThat(MailLanguage.of("nl", "Hello", "I would like to thank you for the care")).isEqualTo(Language.NL);
    }

    @Test
    void aLongTextIsCutWithAMarkerWithinTheLimit() {
        String long_ = "a".repeat(6000);

        String fitted = Texts.fit(long_, 5000);

        assertThat(fitted).hasSize(5000).endsWith(Texts.CUT_MARKER).startsWith("aaa");
        assertThat(Texts.fit("kort", 5000)).isEqualTo("kort");
        assertThat(Texts.fit("😀".repeat(3000), 5000)).hasSizeLessThanOrEqualTo(5000).doesNotContain("\uFFFD");
    }

    @Test
    void controlCharactersAndExtraBlankLinesGo() {
        assertThat(Texts.normalise("een\u0000\u0007 \r\n\r\n\r\n\r\ntwee\t \nDrie")).isEqualTo("een\n\ntwee\nDrie");
    }
}
