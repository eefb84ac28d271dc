package nl.gastouderbureau.complaints.reporting;

import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.Contact;
import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.events.FeedbackResponseOverdue;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.reporting.projection.HandComputedCases;
import nl.gastouderbureau.complaints.reporting.projection.HandComputedCases.Published;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's test cases: {@link HandComputedCases} (with redeliveries), which has no case that
 * is still open past its term, plus case H: a remark received on 10 March, its term passed, never
 * answered.
 */
public final class DashboardCases {

    private DashboardCases() {
    }

    public static List<Published> of(int year) {
        List<Published> events = new ArrayList<>(new HandComputedCases(year).withRedeliveries());
        String h = "y" + year + "-case-H";
        Instant received = Instant.parse(year + "-03-10T10:00:00Z");
        Instant respondBy = received.plus(Duration.ofDays(14));
        events.add(new Published(h + "-opened", new FeedbackCaseOpened(h, "FB-H", SubmissionKind.REMARK, Channel.EMAIL,
                SubmitterRole.PARENT, Category.INVOICING, Language.NL, "Vrije tekst",
                new Contact("Vader Jansen", "vader@example.nl", null), false, received, respondBy)));
        events.add(new Published(h + "-overdue", new FeedbackResponseOverdue(h, respondBy, respondBy)));
        return events;
    }
}
