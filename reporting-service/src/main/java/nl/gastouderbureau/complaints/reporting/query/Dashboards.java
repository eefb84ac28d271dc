package nl.gastouderbureau.complaints.reporting.query;

import nl.gastouderbureau.complaints.reporting.facts.CaseFactsRepository;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.LocalDate;

/** Answers {@link DashboardQuery} from the case facts, by receipt date in the agency's time zone. */
@Service
public class Dashboards {

    private final CaseFactsRepository facts;
    private final ReportingSettings settings;

    public Dashboards(CaseFactsRepository facts, ReportingSettings settings) {
        this.facts = facts;
        this.settings = settings;
    }

    public Dashboard handle(DashboardQuery query) {
        return Dashboard.compile(query,
                facts.receivedBetween(startOf(query.from()), startOf(query.to().plusDays(1))),
                settings.timeZone());
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(settings.timeZone()).toInstant();
    }
}
