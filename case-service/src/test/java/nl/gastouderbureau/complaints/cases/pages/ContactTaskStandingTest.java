package nl.gastouderbureau.complaints.cases.pages;

import nl.gastouderbureau.complaints.cases.query.CaseView;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ContactTaskStandingTest {

    private static final Instant ASKED = Instant.parse("2026-11-24T10:00:00Z");
    private static final Instant CONTACT_BY = Instant.parse("2026-11-26T10:00:00Z");
    private static final Duration REMINDER = Duration.ofDays(4);

    private final CaseViewBuilder remark = CaseViewBuilder.idea("case-1", ASKED);

    @Test
    void aRequestPastContactByIsOverdueBeforeTheProjectionFlagsIt() {
        CaseView waiting = remark.contactRequested(ASKED, CONTACT_BY).build();

        ContactTaskStanding before = ContactTaskStanding.of(waiting, Instant.parse("2026-11-26T09:00:00Z"));
        ContactTaskStanding after = ContactTaskStanding.of(waiting, Instant.parse("2026-11-26T10:00:05Z"));

        assertThat(before.state()).isEqualTo("open");
        assertThat(before.mark()).isEqualTo("contactOpen");
        assertThat(before.countdown().messageKey()).isEqualTo("countdown.today");
        assertThat(before.countdown().nearlyDue()).as("F6 has no reminder period").isFalse();
        assertThat(after.state()).isEqualTo("overdue");
        assertThat(after.mark()).isEqualTo("contactOverdue");
        assertThat(CaseClocks.of(waiting, Instant.parse("2026-11-26T10:00:05Z"), REMINDER).overdue()).isTrue();
    }

    @Test
    void aContactEndsTheRequestOnTimeOrLateAndStopsItsClock() {
        CaseView late = remark.contactRequested(ASKED, CONTACT_BY).contactOverdue()
                .contactMade(LocalDate.parse("2026-11-27"), "MEETING", "Op kantoor gesproken", true, Instant.parse("2026-11-27T15:00:00Z"))
                .build();

        ContactTaskStanding standing = ContactTaskStanding.of(late, Instant.parse("2026-11-28T09:00:00Z"));

        assertThat(standing.state()).isEqualTo("madeLate");
        assertThat(standing.mark()).isNull();
        assertThat(standing.countdown()).isNull();
        assertThat(CaseClocks.of(late, Instant.parse("2026-11-28T09:00:00Z"), REMINDER).clocks())
                .filteredOn(c -> c.name().equals("contactBy")).singleElement()
                .satisfies(c -> assertThat(c.countdown()).isNull());
    }

    @Test
    void aContactNobodyAskedForHasNoClock() {
        CaseView unasked = remark.contactMade(LocalDate.parse("2026-11-25"), "PHONE", "Teruggebeld", false,
                Instant.parse("2026-11-25T12:00:00Z")).build();

        ContactTaskStanding standing = ContactTaskStanding.of(unasked, Instant.parse("2026-11-27T09:00:00Z"));

        assertThat(standing.state()).isEqualTo("unrequested");
        assertThat(standing.requested()).isFalse();
        assertThat(CaseClocks.of(unasked, Instant.parse("2026-11-27T09:00:00Z"), REMINDER).clocks())
                .extracting(CaseClocks.Clock::name).containsExactly("respondBy");
        assertThat(ContactTaskStanding.of(CaseViewBuilder.idea("case-2", ASKED).build(), ASKED)).isNull();
    }
}
