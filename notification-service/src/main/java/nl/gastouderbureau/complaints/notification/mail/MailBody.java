package nl.gastouderbureau.complaints.notification.mail;

import org.springframework.web.util.HtmlUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The content of a mail as a few kinds of blocks, written once and rendered both as plain text and
 * as HTML, so the two parts of a message cannot drift apart. Every text is escaped in the HTML:
 * names and messages come from the public.
 */
public final class MailBody {

    private sealed interface Block permits Paragraph, Heading, Fact, Link, Quote, Lines, Items {
    }

    private record Paragraph(String text) implements Block {
    }

    private record Heading(String text) implements Block {
    }

    private record Fact(String label, String value) implements Block {
    }

    private record Link(String label, String url) implements Block {
    }

    private record Quote(String text) implements Block {
    }

    private record Items(List<String> items) implements Block {
    }

    private record Lines(List<String> lines) implements Block {
    }

    private final List<Block> blocks = new ArrayList<>();

    public MailBody paragraph(String text) {
        blocks.add(new Paragraph(text));
        return this;
    }

    public MailBody heading(String text) {
        blocks.add(new Heading(text));
        return this;
    }

    /** A labelled value that must stand out, such as the case reference. */
    public MailBody fact(String label, String value) {
        blocks.add(new Fact(label, value));
        return this;
    }

    /** A labelled address to follow; written out in the plain text, a link in the HTML. */
    public MailBody link(String label, String url) {
        blocks.add(new Link(label, url));
        return this;
    }

    /** A list of separate items, such as the corrective actions of a decision. */
    public MailBody items(List<String> items) {
        blocks.add(new Items(List.copyOf(items)));
        return this;
    }

    /** Text someone wrote (the submitter, or staff to the submitter), shown as written. */
    public MailBody quote(String text) {
        blocks.add(new Quote(text));
        return this;
    }

    /** Lines kept apart without a blank line between them, as in a closing and signature. */
    public MailBody lines(String... lines) {
        blocks.add(new Lines(List.of(lines)));
        return this;
    }

    public String plainText() {
        return blocks.stream().map(MailBody::plain).collect(Collectors.joining("\n\n", "", "\n"));
    }

    public String html(String subject, String languageTag) {
        return "<!DOCTYPE html>\n<html lang=\"" + escape(languageTag) + "\">\n<head><meta charset=\"UTF-8\"><title>"
                + escape(subject) + "</title></head>\n"
                + "<body style=\"font-family: Arial, Helvetica, sans-serif; line-height: 1.5; color: #222;\">\n"
                + blocks.stream().map(MailBody::html).collect(Collectors.joining("\n"))
                + "\n</body>\n</html>\n";
    }

    private static String plain(Block block) {
        if (block instanceof Paragraph p) {
            return p.text();
        }
        if (block instanceof Heading h) {
            return h.text() + "\n" + "-".repeat(h.text().length());
        }
        if (block instanceof Fact f) {
            return f.label() + ": " + f.value();
        }
        if (block instanceof Link l) {
            return l.label() + ": " + l.url();
        }
        if (block instanceof Quote q) {
            return q.text().lines().map(line -> "> " + line).collect(Collectors.joining("\n"));
        }
        if (block instanceof Items i) {
            return i.items().stream().map(item -> "- " + item.replace("\n", "\n  ")).collect(Collectors.joining("\n"));
        }
        return String.join("\n", ((Lines) block).lines());
    }

    private static String html(Block block) {
        if (block instanceof Paragraph p) {
            return "<p>" + escape(p.text()) + "</p>";
        }
        if (block instanceof Heading h) {
            return "<h2 style=\"font-size: 1.1em;\">" + escape(h.text()) + "</h2>";
        }
        if (block instanceof Fact f) {
            return "<p><strong>" + escape(f.label()) + ":</strong> " + escape(f.value()) + "</p>";
        }
        if (block instanceof Link l) {
            return "<p><strong>" + escape(l.label()) + ":</strong> <a href=\"" + escape(l.url()) + "\">" + escape(l.url()) + "</a></p>";
        }
        if (block instanceof Items i) {
            return "<ul>" + i.items().stream().map(item -> "<li>" + escapedLines(item.lines().toList()) + "</li>")
                    .collect(Collectors.joining()) + "</ul>";
        }
        if (block instanceof Quote q) {
            return "<blockquote style=\"margin: 0 0 1em 0; padding-left: 1em; border-left: 3px solid #ccc;\">"
                    + escapedLines(q.text().lines().toList()) + "</blockquote>";
        }
        return "<p>" + escapedLines(((Lines) block).lines()) + "</p>";
    }

    private static String escapedLines(List<String> lines) {
        return lines.stream().map(MailBody::escape).collect(Collectors.joining("<br>\n"));
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
