package nl.gastouderbureau.complaints.intake.mailin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTest {

    @Test
    void scriptsStylesCommentsHandlersAndLinkTargetsAreGoneAndTheTextStays() {
        String text = HtmlText.of("""
                <style>body{background:url(javascript:alert(1))}</style>
                <p onclick="alert(1)">Eerste&nbsp;alinea met &lt;geen&gt; tags &eacute;n &#8364;5.</p>
                <script type="text/javascript">alert("x")</script><noscript>geen script</noscript>
                <!-- <p>commentaar</p> -->
                <div>Tweede<br>regel <a href="javascript:alert(3)" onmouseover="x()">link</a>
                <img src=x onerror=alert(4)><iframe src="https://evil.example"></iframe><svg><script>alert(5)</script></svg></div>
                <ul><li>een</li><li>twee</li></ul>""");

        assertThat(text).isEqualTo("Eerste alinea met <geen> tags én €5.\n\nTweede\nregel link\n\n- een\n- twee");
        assertThat(text).doesNotContainIgnoringCase("alert").doesNotContain("javascript").doesNotContain("commentaar")
                .doesNotContain("evil").doesNotContain("background");
    }

    @Test
    void aQuotedMessageInHtmlIsLeftOutUnlessItIsAllThereIs() {
        assertThat(HtmlText.of("<div>Mijn antwoord</div><div class=\"gmail_quote\">Op … schreef:<blockquote>oud</blockquote></div>"))
                .isEqualTo("Mijn antwoord");
        assertThat(HtmlText.of("<blockquote type=\"cite\">alleen citaat</blockquote>")).isEqualTo("alleen citaat");
    }

    @Test
    void brokenMarkupStillGivesItsText() {
        assertThat(HtmlText.of("<p>Open <b>vet <i>schuin</p><p>verder")).isEqualTo("Open vet schuin\n\nverder");
    }
}
