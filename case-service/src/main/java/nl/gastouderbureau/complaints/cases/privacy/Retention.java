package nl.gastouderbureau.complaints.cases.privacy;

import nl.gastouderbureau.complaints.cases.query.CaseViews;
import nl.gastouderbureau.complaints.cases.query.CaseViews.FinishedCase;
import nl.gastouderbureau.complaints.support.privacy.PrivacySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * P3: the personal data of a case closed longer than {@code complaints.privacy.retention} (default
 * two years) is erased, checked every {@code complaints.privacy.retention-check}. Erased once: the
 * case records it once whoever asks again (a restart, another instance at the same moment), and the
 * projection no longer offers it afterwards.
 */
@Component
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    private static final int BATCH = 100;

    private final CaseViews views;
    private final PersonalDataErasures erasures;
    private final PrivacySettings settings;
    private final Clock clock;

    public Retention(CaseViews views, PersonalDataErasures erasures, PrivacySettings settings, Clock clock) {
        this.views = views;
        this.erasures = erasures;
        this.settings = settings;
        this.clock = clock;
    }

    /** Up to a batch per check: the projection marks an erased case a moment later, so the next check goes on. */
    @Scheduled(initialDelayString = "${complaints.privacy.retention-check:PT1H}",
            fixedDelayString = "${complaints.privacy.retention-check:PT1H}")
    public void eraseExpired() {
        Instant cutoff = clock.instant().minus(settings.retention());
        int erased = 0;
        for (FinishedCase finished : views.finishedBefore(cutoff, BATCH)) {
            try {
                erasures.eraseCase(finished.caseId(), finished.dataSubjectId());
                erased++;
            } catch (RuntimeException e) {
                log.warn("Retention could not erase case {} now; the next check tries again: {}",
                        finished.caseId(), e.toString());
            }
        }
        if (erased > 0) {
            log.info("Retention erased the personal data of {} case(s) finished before {}", erased, cutoff);
        }
    }
}
