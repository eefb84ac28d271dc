package nl.gastouderbureau.complaints.intake.mailin;

/** Text from a mail made fit to keep: one kind of line break, no control characters, a bounded length. */
final class Texts {

    static final String CUT_MARKER = "\n\n[… ingekort / shortened]";

    private Texts() {
    }

    /** Line breaks as {@code \n}, no control characters but tabs, no trailing spaces, at most one empty line in a row. */
    static String normalise(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\p{Cntrl}&&[^\n\t]]", "")
                .replaceAll("[ \\t\\u00a0]+\n", "\n")
                .replaceAll("\n{3,}", "\n\n");
        return unified.strip();
    }

    /** A header value or name on one line, trimmed. */
    static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }

    /** The text, or its beginning with a marker saying it was cut, in at most {@code max} characters. */
    static String fit(String text, int max) {
        return fit(text, max, CUT_MARKER);
    }

    static String fit(String text, int max, String marker) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - marker.length();
        // Never split a surrogate pair.
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + marker;
    }
}
