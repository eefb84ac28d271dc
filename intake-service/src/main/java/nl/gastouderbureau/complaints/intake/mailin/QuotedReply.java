package nl.gastouderbureau.complaints.intake.mailin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts the message being answered off a plain-text reply: lines quoted with {@code >}, and
 * everything from the line that introduces the quote ("Op … schreef …:", "On … wrote:", an
 * Outlook header block, "-----Original Message-----"). Simple on purpose: whatever it does not
 * recognise stays, and a reply that would be left empty is kept whole.
 */
final class QuotedReply {

    private static final Pattern ATTRIBUTION = Pattern.compile(
            "^(on\\s.+\\swrote|op\\s.+\\s(schreef|geschreven)\\b.*|am\\s.+\\sschrieb.*)\\s*:\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR = Pattern.compile(
            "^\\s*(-{2,}\\s*(original message|oorspronkelijk bericht|origineel bericht|doorgestuurd bericht|forwarded message)\\s*-{2,}|_{10,})\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_FROM = Pattern.compile("^\\s*\\*?(from|van)\\s*:\\*?\\s+\\S.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_NEXT = Pattern.compile("^\\s*\\*?(sent|date|verzonden|datum|to|aan)\\s*:.*$",
            Pattern.CASE_INSENSITIVE);

    private QuotedReply() {
    }

    static String strip(String text) {
        String[] lines = text.split("\n", -1);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (startsQuote(lines, i)) {
                break;
            }
            if (!lines[i].stripLeading().startsWith(">")) {
                kept.add(lines[i]);
            }
        }
        String reply = String.join("\n", kept).strip();
        return reply.isEmpty() ? text.strip() : reply;
    }

    private static boolean startsQuote(String[] lines, int i) {
        String line = lines[i].strip();
        if (SEPARATOR.matcher(line).matches() || ATTRIBUTION.matcher(line).matches()) {
            return true;
        }
        // Mail programs wrap a long attribution over two lines.
        if (i + 1 < lines.length && ATTRIBUTION.matcher(line + " " + lines[i + 1].strip()).matches()
                && (line.regionMatches(true, 0, "on ", 0, 3) || line.regionMatches(true, 0, "op ", 0, 3))) {
            return true;
        }
        return HEADER_FROM.matcher(line).matches() && i + 1 < lines.length && HEADER_NEXT.matcher(lines[i + 1]).matches();
    }
}
