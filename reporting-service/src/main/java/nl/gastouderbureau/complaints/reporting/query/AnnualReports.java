package nl.gastouderbureau.complaints.reporting.query;

import nl.gastouderbureau.complaints.reporting.facts.CaseFactsRepository;
import org.springframework.stereotype.Service;

import java.time.LocalDate;

/** Answers {@link AnnualReportQuery} from the case facts, by receipt date in the agency's time zone. */
@Service
public class AnnualReports {

    private final CaseFactsRepository facts;
    private final ReportingSettings settings;

    public AnnualReports(CaseFactsRepository facts, ReportingSettings settings) {
        this.facts = facts;
        this.settings = settings;
    }

    public AnnualReport handle(AnnualReportQuery query) {
        return AnnualReport.compile(query, facts.receivedBetween(
                LocalDate.of(query.year(), 1, 1).atStartOfDay(settings.timeZone()).toInstant(),
                LocalDate.of(query.year() + 1, 1, 1).atStartOfDay(settings.timeZone()).toInstant()));
    }
}
