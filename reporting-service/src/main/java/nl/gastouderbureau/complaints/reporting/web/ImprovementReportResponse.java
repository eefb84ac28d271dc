package nl.gastouderbureau.complaints.reporting.web;

import nl.gastouderbureau.complaints.events.FeedbackOutcome;
import nl.gastouderbureau.complaints.events.Verdict;
import nl.gastouderbureau.complaints.reporting.facts.CaseFact.CorrectiveActions;
import nl.gastouderbureau.complaints.reporting.query.Figures;
import nl.gastouderbureau.complaints.reporting.query.Figures.PersonalContacts;
import nl.gastouderbureau.complaints.reporting.query.ImprovementReport;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The report as DESIGN §5 names its fields: rows carry a key, the totals the same figures without
 * one. The first six figures are the contract; the ones after them were added since.
 */
public record ImprovementReportResponse(LocalDate from, LocalDate to, String groupBy, List<Row> rows, Totals totals) {

    public record Row(String key, long received, long responded, long respondedOnTime, long overdue,
                      long referredExternally, Double medianHoursToRespond, Double p90HoursToRespond,
                      long legalLimitExceeded, Map<Verdict, Long> verdicts, Map<FeedbackOutcome, Long> outcomes,
                      CorrectiveActions correctiveActions, PersonalContacts personalContacts) {

        static Row of(String key, Figures f) {
            return new Row(key, f.received(), f.responded(), f.respondedOnTime(), f.overdue(),
                    f.referredExternally(), f.medianHoursToRespond(), f.p90HoursToRespond(),
                    f.legalLimitExceeded(), f.verdicts(), f.outcomes(), f.correctiveActions(), f.personalContacts());
        }
    }

    public record Totals(long received, long responded, long respondedOnTime, long overdue,
                         long referredExternally, Double medianHoursToRespond, Double p90HoursToRespond,
                         long legalLimitExceeded, Map<Verdict, Long> verdicts, Map<FeedbackOutcome, Long> outcomes,
                         CorrectiveActions correctiveActions, PersonalContacts personalContacts) {

        static Totals of(Figures f) {
            return new Totals(f.received(), f.responded(), f.respondedOnTime(), f.overdue(),
                    f.referredExternally(), f.medianHoursToRespond(), f.p90HoursToRespond(),
                    f.legalLimitExceeded(), f.verdicts(), f.outcomes(), f.correctiveActions(), f.personalContacts());
        }
    }

    static ImprovementReportResponse of(ImprovementReport report) {
        return new ImprovementReportResponse(report.from(), report.to(), report.groupBy().parameter(),
                report.rows().stream().map(r -> Row.of(r.key(), r.figures())).toList(),
                Totals.of(report.totals()));
    }
}
