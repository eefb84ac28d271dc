package nl.gastouderbureau.complaints.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The results as a Markdown table (for people and the README) and as CSV (for spreadsheets). */
final class Report {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final String profile;
    private final Instant startedAt;
    private final Map<String, String> machine;
    private final List<Figure> figures;
    private final List<String> notes;

    Report(String profile, Instant startedAt, Map<String, String> machine, List<Figure> figures, List<String> notes) {
        this.profile = profile;
        this.startedAt = startedAt;
        this.machine = machine;
        this.figures = figures;
        this.notes = notes;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results (profile `").append(profile).append("`, ").append(startedAt).append(")\n\n");
        machine.forEach((key, value) -> md.append("- ").append(key).append(": ").append(value).append('\n'));
        md.append("\n| figure | target | measured | met | ceiling | ratio | note |\n|---|---|---|---|---|---|---|\n");
        for (Figure figure : figures) {
            md.append("| ").append(cell(figure.name()))
                    .append(" | ").append(cell(figure.targetText()))
                    .append(" | ").append(cell(figure.measuredText()))
                    .append(" | ").append(figure.metText())
                    .append(" | ").append(cell(figure.ceilingText()))
                    .append(" | ").append(figure.ratioText())
                    .append(" | ").append(cell(figure.note() == null ? "" : figure.note()))
                    .append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(note -> md.append("- ").append(note).append('\n'));
        }
        return md.toString();
    }

    String csv() {
        StringBuilder csv = new StringBuilder("figure,target,measured,unit,met,ceiling_name,ceiling,ratio,note\n");
        for (Figure figure : figures) {
            csv.append(quote(figure.name())).append(',')
                    .append(quote(figure.targetText())).append(',')
                    .append(Double.isNaN(figure.measured()) ? "" : String.valueOf(figure.measured())).append(',')
                    .append(quote(figure.unit())).append(',')
                    .append(figure.met() == null ? "" : figure.met()).append(',')
                    .append(quote(figure.ceilingName() == null ? "" : figure.ceilingName())).append(',')
                    .append(figure.ceiling() == null ? "" : figure.ceiling()).append(',')
                    .append(figure.ratio() == null ? "" : String.format(java.util.Locale.ROOT, "%.4f", figure.ratio())).append(',')
                    .append(quote(figure.note() == null ? "" : figure.note())).append('\n');
        }
        machine.forEach((key, value) -> csv.append(quote("machine: " + key)).append(",,,,,,,,").append(quote(value)).append('\n'));
        return csv.toString();
    }

    /** Writes {@code <time>-<profile>.md/.csv} and {@code latest.md/.csv}; returns the Markdown file. */
    Path write(Path dir) {
        String stem = FILE_TIME.format(startedAt) + "-" + profile;
        try {
            Files.createDirectories(dir);
            Path md = Files.writeString(dir.resolve(stem + ".md"), markdown(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(stem + ".csv"), csv(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("latest.md"), markdown(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("latest.csv"), csv(), StandardCharsets.UTF_8);
            return md;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the results to " + dir, e);
        }
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
