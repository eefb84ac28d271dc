package nl.gastouderbureau.complaints.reporting.web;

import nl.gastouderbureau.complaints.events.FeedbackOutcome;
import nl.gastouderbureau.complaints.events.Verdict;
import nl.gastouderbureau.complaints.reporting.query.AnnualReport;
import nl.gastouderbureau.complaints.reporting.query.Figures;
import nl.gastouderbureau.complaints.reporting.query.ImprovementReport.Row;

import java.util.ArrayList;
import java.util.List;

/**
 * The annual complaints report as CSV (RFC 4180, comma-separated, decimal point) with Dutch column
 * headers for the people who read it, one line per kind, per category and the total. Keys stay the
 * English enum names of the JSON, so both can be joined.
 */
final class AnnualReportCsv {

    static final String MEDIA_TYPE = "text/csv";

    private static final List<String> HEADERS = List.of(
            "Indeling", "Sleutel", "Ontvangen", "Beantwoord", "Op tijd beantwoord", "Termijn verstreken",
            "Wettelijke termijn overschreden", "Naar Geschillencommissie", "Mediaan uren tot antwoord",
            "P90 uren tot antwoord", "Gegrond", "Deels gegrond", "Ongegrond", "Overgenomen", "Gepland",
            "Niet overgenomen", "Ter kennisgeving", "Verbetermaatregelen open", "Verbetermaatregelen afgerond",
            "Verbetermaatregelen te laat");

    private AnnualReportCsv() {
    }

    static String write(AnnualReport report) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADERS);
        report.byKind().forEach(row -> line(csv, cells("soort", row)));
        report.byCategory().forEach(row -> line(csv, cells("categorie", row)));
        line(csv, cells("totaal", new Row(String.valueOf(report.year()), report.totals())));
        return csv.toString();
    }

    private static List<String> cells(String grouping, Row row) {
        Figures f = row.figures();
        List<String> cells = new ArrayList<>(List.of(grouping, row.key(),
                number(f.received()), number(f.responded()), number(f.respondedOnTime()), number(f.overdue()),
                number(f.legalLimitExceeded()), number(f.referredExternally()),
                hours(f.medianHoursToRespond()), hours(f.p90HoursToRespond())));
        cells.add(number(f.verdicts().get(Verdict.WELL_FOUNDED)));
        cells.add(number(f.verdicts().get(Verdict.PARTLY_WELL_FOUNDED)));
        cells.add(number(f.verdicts().get(Verdict.UNFOUNDED)));
        cells.add(number(f.outcomes().get(FeedbackOutcome.ADOPTED)));
        cells.add(number(f.outcomes().get(FeedbackOutcome.PLANNED)));
        cells.add(number(f.outcomes().get(FeedbackOutcome.NOT_ADOPTED)));
        cells.add(number(f.outcomes().get(FeedbackOutcome.NOTED)));
        cells.add(number(f.correctiveActions().open()));
        cells.add(number(f.correctiveActions().done()));
        cells.add(number(f.correctiveActions().overdue()));
        return cells;
    }

    private static String number(long value) {
        return Long.toString(value);
    }

    private static String hours(Double value) {
        return value == null ? "" : value.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(quoted(cells.get(i)));
        }
        csv.append("\r\n");
    }

    private static String quoted(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
