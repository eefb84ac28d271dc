package nl.gastouderbureau.complaints.reporting.query;

import nl.gastouderbureau.complaints.reporting.facts.CaseFactsRepository;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.LocalDate;

/** Answers {@link ImprovementReportQuery} from the case facts, by receipt date in the agency's time zone. */
@Service
public class ImprovementReports {

    private final CaseFactsRepository facts;
    private final ReportingSettings settings;

    public ImprovementReports(CaseFactsRepository facts, ReportingSettings settings) {
        this.facts = facts;
        this.settings = settings;
    }

    public ImprovementReport handle(ImprovementReportQuery query) {
        return ImprovementReport.compile(query,
                facts.receivedBetween(startOf(query.from()), startOf(query.to().plusDays(1))),
                settings.timeZone());
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(settings.timeZone()).toInstant();
    }
}
