package nl.gastouderbureau.complaints.reporting.projection;

import nl.gastouderbureau.complaints.events.Actor;
import nl.gastouderbureau.complaints.events.CaseCategorised;
import nl.gastouderbureau.complaints.events.CaseClosed;
import nl.gastouderbureau.complaints.events.CaseEvent;
import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.ClientSatisfactionRecorded;
import nl.gastouderbureau.complaints.events.CloseReason;
import nl.gastouderbureau.complaints.events.ComplaintDecided;
import nl.gastouderbureau.complaints.events.ComplaintFiled;
import nl.gastouderbureau.complaints.events.ComplaintHandlingOverdue;
import nl.gastouderbureau.complaints.events.Contact;
import nl.gastouderbureau.complaints.events.ContactMethod;
import nl.gastouderbureau.complaints.events.ConversationOutcome;
import nl.gastouderbureau.complaints.events.CorrectiveAction;
import nl.gastouderbureau.complaints.events.CorrectiveActionCompleted;
import nl.gastouderbureau.complaints.events.CorrectiveActionOverdue;
import nl.gastouderbureau.complaints.events.EventCodec;
import nl.gastouderbureau.complaints.events.EventHeaders;
import nl.gastouderbureau.complaints.events.EventType;
import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.events.FeedbackOutcome;
import nl.gastouderbureau.complaints.events.FeedbackResponseOverdue;
import nl.gastouderbureau.complaints.events.FeedbackResponseRecorded;
import nl.gastouderbureau.complaints.events.HandlerAssigned;
import nl.gastouderbureau.complaints.events.HandlingDeadlineExtended;
import nl.gastouderbureau.complaints.events.InformalComplaintRegistered;
import nl.gastouderbureau.complaints.events.InformalConversationHeld;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.LegalHandlingLimitExceeded;
import nl.gastouderbureau.complaints.events.PersonalContactOverdue;
import nl.gastouderbureau.complaints.events.PersonalContactRecorded;
import nl.gastouderbureau.complaints.events.PersonalContactRequested;
import nl.gastouderbureau.complaints.events.ReferredToDisputesCommittee;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterMessageAdded;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.events.Topics;
import nl.gastouderbureau.complaints.events.Verdict;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Seven cases whose report figures were worked out by hand, as the case service would publish
 * them, personal data and free text included (the projection must leave those out). All times are
 * in November of {@code year} (CET, UTC+1), except case G, received on 31 December at 23:30 UTC:
 * already 1 January of the next year in Amsterdam.
 * <pre>
 * case kind               category         answer after  promise             other
 * A    IDEA               COMMUNICATION       10 h       kept                ADOPTED
 * B    TIP                none -> SAFETY     360 h       missed (overdue)    NOTED, reclassified
 * C    REMARK             OTHER               none
 * D    INFORMAL_COMPLAINT CARE_QUALITY        48 h       none to keep        closed as continued
 * E    COMPLAINT          CARE_QUALITY       480 h       kept (extended)     PARTLY_WELL_FOUNDED, actions: 1 done, 1 open and overdue
 * F    COMPLAINT          SAFETY            1032 h       missed (overdue)    UNFOUNDED, legal limit exceeded, referred
 * G    IDEA               none                none                           next year
 * </pre>
 * Personal contact (F6): A asked for it and was called in time; C asked and nobody called (overdue);
 * D was called without asking (counted nowhere). B's submitter mailed a reply (F7), which no report counts.
 */
public final class HandComputedCases {

    public record Published(String eventId, CaseEvent event) {
    }

    private static final Actor STAFF = new Actor("staff", Actor.STAFF);
    private static final Actor CLIENT = new Actor("client", Actor.CLIENT);
    private static final Contact CONTACT = new Contact("Oma Jansen", "oma@example.nl", "0612345678");

    private final int year;
    private final List<Published> events = new ArrayList<>();

    public HandComputedCases(int year) {
        this.year = year;
        Instant a = at("11-02T09:00:00Z");
        opened("A", SubmissionKind.IDEA, Channel.WEB_FORM, SubmitterRole.PARENT, Category.COMMUNICATION, a);
        add("A-contact-requested", new PersonalContactRequested(id("A"), a, a.plus(Duration.ofDays(2))));
        add("A-responded", new FeedbackResponseRecorded(id("A"), FeedbackOutcome.ADOPTED, "Goed idee", false, STAFF, a.plus(hours(10))));
        add("A-contact-made", new PersonalContactRecorded(id("A"), LocalDate.of(year, 11, 3), ContactMethod.PHONE,
                "Gebeld met oma", false, STAFF, a.plus(hours(30))));

        Instant b = at("11-03T09:00:00Z");
        opened("B", SubmissionKind.TIP, Channel.PHONE, SubmitterRole.NEIGHBOUR, null, b);
        add("B-categorised", new CaseCategorised(id("B"), Category.SAFETY, STAFF, b.plus(hours(1))));
        add("B-mailed", new SubmitterMessageAdded(id("B"), "reply-B", Channel.EMAIL, "Onderwerp van de mail",
                "Bericht per mail", 1, b.plus(hours(5))));
        add("B-overdue", new FeedbackResponseOverdue(id("B"), b.plus(Duration.ofDays(14)), b.plus(Duration.ofDays(14))));
        add("B-responded", new FeedbackResponseRecorded(id("B"), FeedbackOutcome.NOTED, "Dank", true, STAFF, b.plus(hours(360))));

        Instant c = at("11-04T09:00:00Z");
        opened("C", SubmissionKind.REMARK, Channel.EMAIL, SubmitterRole.GRANDPARENT, Category.OTHER, c);
        add("C-contact-requested", new PersonalContactRequested(id("C"), c, c.plus(Duration.ofDays(2))));
        add("C-contact-overdue", new PersonalContactOverdue(id("C"), c.plus(Duration.ofDays(2)), c.plus(Duration.ofDays(2))));

        Instant d = at("11-05T09:00:00Z");
        add("D-registered", new InformalComplaintRegistered(id("D"), "KL-D", Channel.PHONE, SubmitterRole.PARENT,
                Category.CARE_QUALITY, Language.NL, "Vrije tekst", CONTACT, "client", d, STAFF));
        add("D-conversation", new InformalConversationHeld(id("D"), LocalDate.of(year, 11, 7), ConversationOutcome.UNRESOLVED,
                "Samenvatting", STAFF, d.plus(hours(48))));
        add("D-contact-made", new PersonalContactRecorded(id("D"), LocalDate.of(year, 11, 6), ContactMethod.MEETING,
                "Teruggebeld", false, STAFF, d.plus(hours(30))));
        add("D-closed", new CaseClosed(id("D"), CloseReason.CONTINUED_AS_FORMAL, CLIENT, d.plus(hours(50))));

        Instant e = at("11-06T09:00:00Z");
        filed("E", Category.CARE_QUALITY, e, id("D"));
        add("E-handler", new HandlerAssigned(id("E"), "staff", STAFF, e.plus(hours(2))));
        add("E-extended", new HandlingDeadlineExtended(id("E"), e.plus(Duration.ofDays(14)), e.plus(Duration.ofDays(21)),
                "Wacht op verklaring", STAFF, e.plus(Duration.ofDays(10))));
        add("E-decided", new ComplaintDecided(id("E"), Verdict.PARTLY_WELL_FOUNDED, "Redenering", List.of(
                new CorrectiveAction("act-1", "Excuses aanbieden", "Bemiddelaar Piet", LocalDate.of(year, 12, 15)),
                new CorrectiveAction("act.2", "Planning aanpassen", "Bemiddelaar Piet", LocalDate.of(year, 12, 20))),
                STAFF, e.plus(hours(480))));
        add("E-satisfaction", new ClientSatisfactionRecorded(id("E"), false, "Niet tevreden", CLIENT, e.plus(hours(500))));
        add("E-act-1-done", new CorrectiveActionCompleted(id("E"), "act-1", "Gedaan", STAFF, e.plus(hours(600))));
        add("E-act-2-overdue", new CorrectiveActionOverdue(id("E"), "act.2", "Bemiddelaar Piet", LocalDate.of(year, 12, 20),
                at("12-21T00:00:00Z")));

        Instant f = at("11-09T09:00:00Z");
        filed("F", Category.SAFETY, f, null);
        add("F-overdue", new ComplaintHandlingOverdue(id("F"), f.plus(Duration.ofDays(14)), f.plus(Duration.ofDays(14))));
        add("F-legal", new LegalHandlingLimitExceeded(id("F"), f.plus(Duration.ofDays(42)), f.plus(Duration.ofDays(42))));
        add("F-decided", new ComplaintDecided(id("F"), Verdict.UNFOUNDED, "Redenering", List.of(), STAFF, f.plus(hours(1032))));
        add("F-referred", new ReferredToDisputesCommittee(id("F"), LocalDate.of(year + 1, 1, 2), null, CLIENT, f.plus(hours(1100))));

        opened("G", SubmissionKind.IDEA, Channel.WEB_FORM, SubmitterRole.FRIEND, null, at("12-31T23:30:00Z"));
    }

    public String id(String caseName) {
        return "y" + year + "-case-" + caseName;
    }

    /** Every event once, each case in its own order, cases interleaved as they happened. */
    public List<Published> events() {
        return List.copyOf(events);
    }

    /** As a consumer sees them after a crash before a commit: some events a second time, later. */
    public List<Published> withRedeliveries() {
        List<Published> delivered = new ArrayList<>(events);
        delivered.addAll(events.subList(0, events.size() / 2));
        delivered.add(events.get(events.size() - 1));
        return delivered;
    }

    public static ConsumerRecord<String, byte[]> record(Published published) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.CASE_EVENTS, 0, 0L,
                published.event().caseId(), EventCodec.toJson(published.event()));
        header(record, EventHeaders.EVENT_ID, published.eventId());
        header(record, EventHeaders.EVENT_TYPE, EventType.of(published.event()).logicalName());
        header(record, EventHeaders.SCHEMA_VERSION, "1");
        return record;
    }

    private void opened(String name, SubmissionKind kind, Channel channel, SubmitterRole role, Category category, Instant at) {
        add(name + "-opened", new FeedbackCaseOpened(id(name), "FB-" + name, kind, channel, role, category, Language.NL,
                "Vrije tekst", CONTACT, false, at, at.plus(Duration.ofDays(14))));
    }

    private void filed(String name, Category category, Instant at, String informalCaseId) {
        add(name + "-filed", new ComplaintFiled(id(name), "KL-" + name, "client", "Onderwerp", "Omschrijving",
                "Medewerker Klaas", LocalDate.of(year, 10, 30), "Excuses", category, Language.NL, CONTACT, informalCaseId,
                at, at.plus(Duration.ofDays(14)), at.plus(Duration.ofDays(42))));
    }

    private void add(String eventName, CaseEvent event) {
        events.add(new Published("y" + year + "-" + eventName, event));
    }

    private Instant at(String monthDayTime) {
        return Instant.parse(year + "-" + monthDayTime);
    }

    private static Duration hours(long hours) {
        return Duration.ofHours(hours);
    }

    private static void header(ConsumerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
