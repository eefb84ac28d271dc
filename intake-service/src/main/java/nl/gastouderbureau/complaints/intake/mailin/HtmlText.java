package nl.gastouderbureau.complaints.intake.mailin;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Set;

/**
 * The readable text of an HTML mail and nothing else: the markup is parsed (jsoup) and only text
 * nodes are kept, so scripts, styles, comments, event handlers and link targets cannot come along,
 * and entities arrive decoded. Block elements keep their line breaks, so paragraphs stay paragraphs.
 */
final class HtmlText {

    private static final String NOT_TEXT = "head, script, style, template, noscript, iframe, object, embed, svg, math, "
            + "select, button, title";
    /** What mail programs put around the message being answered; {@link QuotedReply} handles the plain-text kind. */
    private static final String QUOTED = "blockquote[type=cite], div.gmail_quote, div.moz-cite-prefix, #divRplyFwdMsg, "
            + "#appendonsend ~ *, #appendonsend";
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "table", "ul", "ol", "h1", "h2", "h3",
            "h4", "h5", "h6", "blockquote", "pre", "section", "article", "header", "footer", "hr", "dl", "dt", "dd");

    private HtmlText() {
    }

    static String of(String html) {
        Document document = Jsoup.parse(html);
        document.select(NOT_TEXT).remove();
        Document withoutQuote = document.clone();
        withoutQuote.select(QUOTED).remove();
        String text = textOf(withoutQuote);
        // A mail that is all quote is still a mail: then keep what it quotes.
        return text.isBlank() ? textOf(document) : text;
    }

    private static String textOf(Document document) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    appendWords(out, text.getWholeText());
                } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    newLine(out, element.normalName().equals("br") || element.normalName().equals("li") ? 1 : 2);
                    if (element.normalName().equals("li")) {
                        out.append("- ");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName()) && !element.normalName().equals("br")) {
                    newLine(out, element.normalName().equals("li") || element.normalName().equals("tr") ? 1 : 2);
                }
            }
        }, document.body());
        return out.toString().strip();
    }

    private static void appendWords(StringBuilder out, String text) {
        String words = text.replaceAll("[\\s\\u00a0]+", " ");
        if (words.isBlank()) {
            if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n') {
                out.append(' ');
            }
            return;
        }
        if (out.isEmpty() || out.charAt(out.length() - 1) == '\n') {
            words = words.stripLeading();
        } else if (out.charAt(out.length() - 1) == ' ' && words.startsWith(" ")) {
            words = words.substring(1);
        }
        out.append(words);
    }

    /** Ends the current line so that {@code breaks} line breaks end the text, without piling up empty lines. */
    private static void newLine(StringBuilder out, int breaks) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        if (out.isEmpty()) {
            return;
        }
        int trailing = 0;
        for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) {
            trailing++;
        }
        for (int i = trailing; i < breaks; i++) {
            out.append('\n');
        }
    }
}
