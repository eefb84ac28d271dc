package nl.gastouderbureau.complaints.intake.mailin;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuotedReplyTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "On Wed, 25 Nov 2026 at 10:00, Gastouderbureau <feedback@gastouderbureau.example> wrote:",
            "Op 25 nov. 2026, om 10:00 heeft Gastouderbureau <feedback@gastouderbureau.example> het volgende geschreven:",
            "-----Original Message-----",
            "-----Oorspronkelijk bericht-----",
            "________________________________",
    })
    void everythingFromTheQuoteIntroductionIsCut(String introduction) {
        assertThat(QuotedReply.strip("Mijn antwoord.\n\n" + introduction + "\nHet oude bericht.\nKenmerk FB-2026-0001"))
                .isEqualTo("Mijn antwoord.");
    }

    @Test
    void anAttributionWrappedOverTwoLinesIsRecognised() {
        assertThat(QuotedReply.strip("Ja graag.\n\nOn Wed, 25 Nov 2026 at 10:00, Gastouderbureau <\nfeedback@gastouderbureau.example> wrote:\n\nOud"))
                .isEqualTo("Ja graag.");
    }

    @Test
    void anOutlookHeaderBlockStartsTheQuote() {
        assertThat(QuotedReply.strip("Prima.\n\nVan: Gastouderbureau <feedback@gastouderbureau.example>\nVerzonden: woensdag 25 november 2026 10:00\nAan: ouder@example.nl\n\nOud"))
                .isEqualTo("Prima.");
    }

    @Test
    void quotedLinesAreDroppedAndTheRestKept() {
        assertThat(QuotedReply.strip("> vraag 1\nantwoord 1\n> vraag 2\nantwoord 2")).isEqualTo("antwoord 1\nantwoord 2");
    }

    @Test
    void aMailThatIsOnlyAQuoteIsKeptWhole() {
        assertThat(QuotedReply.strip("> alleen geciteerd")).isEqualTo("> alleen geciteerd");
    }

    @Test
    void ordinaryLinesThatMentionWordsOfAQuoteStay() {
        String text = "Van: de gastouder hoorden we niets.\nOp dinsdag schreef ik al een mail.";
        assertThat(QuotedReply.strip(text)).isEqualTo(text);
    }
}
