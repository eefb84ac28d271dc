package nl.gastouderbureau.complaints.cases.command;

import nl.gastouderbureau.complaints.events.Actor;
import nl.gastouderbureau.complaints.events.Category;
import nl.gastouderbureau.complaints.events.Channel;
import nl.gastouderbureau.complaints.events.ComplaintDecided;
import nl.gastouderbureau.complaints.events.ComplaintFiled;
import nl.gastouderbureau.complaints.events.Contact;
import nl.gastouderbureau.complaints.events.CorrectiveAction;
import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.events.InformalComplaintRegistered;
import nl.gastouderbureau.complaints.events.Language;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterRole;
import nl.gastouderbureau.complaints.events.Verdict;
import nl.gastouderbureau.complaints.support.config.Deadlines;
import nl.gastouderbureau.complaints.support.web.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One case's story in numbers: received on 24 November 2026, the default periods of DESIGN §3. */
final class CaseTestData {

    static final String CASE = "case-1";
    static final CaseId CASE_ID = new CaseId(CASE);
    static final Deadlines PERIODS = new Deadlines(Duration.ofDays(14), Duration.ofDays(14), Duration.ofDays(4),
            Duration.ofDays(42), Duration.ofDays(2));
    static final Instant RECEIVED_AT = Instant.parse("2026-11-24T10:00:00Z");
    static final Instant RESPOND_BY = Instant.parse("2026-12-08T10:00:00Z");
    static final Instant HANDLE_BY = Instant.parse("2026-12-08T10:00:00Z");
    static final Instant LEGAL_LIMIT = Instant.parse("2027-01-05T10:00:00Z");
    static final Instant DAY_3 = Instant.parse("2026-11-27T10:00:00Z");
    static final Actor STAFF = new Actor("staff", Actor.STAFF);
    static final Actor CLIENT = new Actor("client", Actor.CLIENT);
    static final Contact CONTACT = new Contact("Anna", "anna@example.org", null);
    static final String INVOLVED = "j.bakker";
    static final CorrectiveAction ACTION = new CorrectiveAction("a-1", "Vaste ophaaltijden vastleggen", "j.bakker",
            LocalDate.of(2026, 12, 31));
    static final CorrectiveAction OTHER_ACTION = new CorrectiveAction("a-2", "Excuses aanbieden", "manager",
            LocalDate.of(2026, 12, 15));

    private CaseTestData() {
    }

    static AggregateTestFixture<Case> fixture() {
        AggregateTestFixture<Case> fixture = new AggregateTestFixture<>(Case.class);
        fixture.registerInjectableResource(PERIODS);
        return fixture;
    }

    static OpenFeedbackCaseCommand openFeedback(Contact contact) {
        return openFeedback(contact, false);
    }

    static OpenFeedbackCaseCommand openFeedback(Contact contact, boolean wantsPersonalContact) {
        return new OpenFeedbackCaseCommand(CASE_ID, "FB-2026-0001", SubmissionKind.IDEA, Channel.WEB_FORM,
                SubmitterRole.PARENT, Category.COMMUNICATION, Language.NL, "Een idee", contact, wantsPersonalContact,
                RECEIVED_AT, PERIODS.feedbackResponse(), 0);
    }

    static FeedbackCaseOpened feedbackOpened() {
        return feedbackOpened(false);
    }

    static FeedbackCaseOpened feedbackOpened(boolean wantsPersonalContact) {
        return new FeedbackCaseOpened(CASE, "FB-2026-0001", SubmissionKind.IDEA, Channel.WEB_FORM,
                SubmitterRole.PARENT, Category.COMMUNICATION, Language.NL, "Een idee", CONTACT, wantsPersonalContact,
                RECEIVED_AT, RESPOND_BY);
    }

    static RegisterInformalComplaintCommand registerInformal() {
        return new RegisterInformalComplaintCommand(CASE_ID, "KL-2026-0041", Channel.PHONE, SubmitterRole.PARENT,
                null, Language.NL, "Niet teruggebeld", CONTACT, "client", RECEIVED_AT, STAFF);
    }

    static InformalComplaintRegistered informalRegistered() {
        return new InformalComplaintRegistered(CASE, "KL-2026-0041", Channel.PHONE, SubmitterRole.PARENT,
                null, Language.NL, "Niet teruggebeld", CONTACT, "client", RECEIVED_AT, STAFF);
    }

    static FileComplaintCommand fileComplaint(String clientAccount) {
        return new FileComplaintCommand(CASE_ID, "KL-2026-0042", clientAccount, "Opvangtijden", "Te vroeg opgehaald",
                INVOLVED, LocalDate.of(2026, 11, 1), "Excuses", Category.SCHEDULING, Language.NL, CONTACT,
                null, RECEIVED_AT, HANDLE_BY, LEGAL_LIMIT);
    }

    static ComplaintFiled complaintFiled() {
        return new ComplaintFiled(CASE, "KL-2026-0042", "client", "Opvangtijden", "Te vroeg opgehaald",
                INVOLVED, LocalDate.of(2026, 11, 1), "Excuses", Category.SCHEDULING, Language.NL, CONTACT,
                null, RECEIVED_AT, HANDLE_BY, LEGAL_LIMIT);
    }

    static RecordDecisionCommand decide(Verdict verdict, Instant at, CorrectiveAction... actions) {
        return new RecordDecisionCommand(CASE_ID, verdict, "Zo is het gegaan", List.of(actions), null, STAFF, at);
    }

    static ComplaintDecided decided(Verdict verdict, Instant at, CorrectiveAction... actions) {
        return new ComplaintDecided(CASE, verdict, "Zo is het gegaan", List.of(actions), STAFF, at);
    }

    /** The command was refused by the named rule (C9). */
    static Matcher<RuleViolationException> refusedBy(String rule) {
        return new TypeSafeMatcher<>(RuleViolationException.class) {
            @Override
            protected boolean matchesSafely(RuleViolationException refusal) {
                return rule.equals(refusal.rule());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal by rule ").appendValue(rule);
            }
        };
    }
}
