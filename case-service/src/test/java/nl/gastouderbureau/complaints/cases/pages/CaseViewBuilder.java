package nl.gastouderbureau.complaints.cases.pages;

import nl.gastouderbureau.complaints.cases.query.CaseStatus;
import nl.gastouderbureau.complaints.cases.query.CaseView;
import nl.gastouderbureau.complaints.cases.query.CaseView.CorrectiveAction;
import nl.gastouderbureau.complaints.cases.query.CaseView.TimelineEntry;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Case views for page tests, built in one place so a new field of {@link CaseView} changes one constructor call. */
final class CaseViewBuilder {

    private String id = "case-1";
    private String reference = "KL-2026-0001";
    private String kind = "COMPLAINT";
    private CaseStatus status = CaseStatus.FILED;
    private long version;
    private Instant respondBy;
    private Instant handleBy;
    private Instant legalLimit;
    private CaseView.Extension extension;
    private boolean overdue;
    private String handlerId;
    private String verdict;
    private String reasoning;
    private final List<CorrectiveAction> actions = new ArrayList<>();
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private String category;
    private String clientAccount;
    private String message;
    private Instant receivedAt;
    private CaseView.Complaint complaint;
    private CaseView.FeedbackResponse feedbackResponse;
    private CaseView.Satisfaction satisfaction;
    private CaseView.Referral referral;
    private CaseView.PersonalContact personalContact;
    private int attachmentCount;
    private String channel = "WEB_FORM";

    /** A formal complaint of {@code client}, filed at {@code filedAt} with the default clocks of 14 days and 6 weeks. */
    static CaseViewBuilder complaint(String id, String client, Instant filedAt) {
        CaseViewBuilder c = new CaseViewBuilder();
        c.id = id;
        c.clientAccount = client;
        c.receivedAt = filedAt;
        c.handleBy = filedAt.plus(Duration.ofDays(14));
        c.legalLimit = filedAt.plus(Duration.ofDays(42));
        c.complaint = new CaseView.Complaint("Opvang niet doorgegaan", "Niemand belde ons.", "Marieke",
                LocalDate.parse("2026-11-20"), "Excuses", null);
        c.timeline.add(new TimelineEntry("ComplaintFiled", filedAt, client, "CLIENT"));
        return c;
    }

    static CaseViewBuilder idea(String id, Instant receivedAt) {
        CaseViewBuilder c = new CaseViewBuilder();
        c.id = id;
        c.reference = "FB-2026-0001";
        c.kind = "IDEA";
        c.status = CaseStatus.OPEN;
        c.receivedAt = receivedAt;
        c.respondBy = receivedAt.plus(Duration.ofDays(14));
        c.message = "Een nieuwsbrief per kwartaal";
        c.timeline.add(new TimelineEntry("FeedbackCaseOpened", receivedAt, "submitter", "SUBMITTER"));
        return c;
    }

    /** C1: an informal complaint staff registered for {@code client} after a phone call. */
    static CaseViewBuilder informal(String id, String client, Instant receivedAt) {
        CaseViewBuilder c = new CaseViewBuilder();
        c.id = id;
        c.reference = "KL-2026-0002";
        c.kind = "INFORMAL_COMPLAINT";
        c.status = CaseStatus.INFORMAL;
        c.channel = "PHONE";
        c.clientAccount = client;
        c.receivedAt = receivedAt;
        c.message = "Drie keer te laat opgehaald.";
        c.timeline.add(new TimelineEntry("InformalComplaintRegistered", receivedAt, "staff", "STAFF"));
        return c;
    }

    /** The informal conversation ended: resolved closes the case, unresolved invites a formal complaint. */
    CaseViewBuilder conversationHeld(boolean resolved, Instant at) {
        this.status = resolved ? CaseStatus.CLOSED : CaseStatus.AWAITING_FORMAL_COMPLAINT;
        timeline.add(new TimelineEntry("InformalConversationHeld", at, "staff", "STAFF"));
        return this;
    }

    CaseViewBuilder version(long version) {
        this.version = version;
        return this;
    }

    CaseViewBuilder reference(String reference) {
        this.reference = reference;
        return this;
    }

    CaseViewBuilder closed() {
        this.status = CaseStatus.CLOSED;
        return this;
    }

    CaseViewBuilder overdue() {
        this.overdue = true;
        return this;
    }

    CaseViewBuilder handler(String handlerId, Instant at) {
        this.handlerId = handlerId;
        this.status = CaseStatus.IN_PROGRESS;
        timeline.add(new TimelineEntry("HandlerAssigned", at, "staff", "STAFF"));
        return this;
    }

    CaseViewBuilder decided(String verdict, Instant at, CorrectiveAction... actions) {
        this.verdict = verdict;
        this.reasoning = "De afmelding kwam te laat door.";
        this.status = CaseStatus.DECIDED;
        this.actions.addAll(List.of(actions));
        timeline.add(new TimelineEntry("ComplaintDecided", at, "staff", "STAFF"));
        return this;
    }

    CaseViewBuilder satisfied(boolean satisfied, Instant at) {
        this.satisfaction = new CaseView.Satisfaction(satisfied, null, at);
        timeline.add(new TimelineEntry("ClientSatisfactionRecorded", at, clientAccount, "CLIENT"));
        return this;
    }

    CaseViewBuilder referred(LocalDate on, Instant at) {
        this.referral = new CaseView.Referral(on, null, at);
        this.status = CaseStatus.REFERRED;
        timeline.add(new TimelineEntry("ReferredToDisputesCommittee", at, clientAccount, "CLIENT"));
        return this;
    }

    /** F6: the submitter asked for contact at {@code requestedAt}, to be made by {@code contactBy}. */
    CaseViewBuilder contactRequested(Instant requestedAt, Instant contactBy) {
        this.personalContact = new CaseView.PersonalContact(requestedAt, contactBy, true, false, false, null, null, null);
        timeline.add(new TimelineEntry("PersonalContactRequested", requestedAt, "submitter", "SUBMITTER"));
        return this;
    }

    /** The open request passed {@code contactBy} and was escalated. */
    CaseViewBuilder contactOverdue() {
        CaseView.PersonalContact c = personalContact;
        this.personalContact = new CaseView.PersonalContact(c.requestedAt(), c.contactBy(), true, true, false, null, null, null);
        this.overdue = true;
        timeline.add(new TimelineEntry("PersonalContactOverdue", c.contactBy(), "system", "SYSTEM"));
        return this;
    }

    /** Staff recorded a contact; it completes an open request, {@code late} as the aggregate judged it. */
    CaseViewBuilder contactMade(LocalDate on, String how, String summary, boolean late, Instant at) {
        CaseView.PersonalContact c = personalContact;
        this.personalContact = new CaseView.PersonalContact(c == null ? null : c.requestedAt(), c == null ? null : c.contactBy(),
                false, false, c != null && c.open() ? late : c != null && c.late(), on, how, summary);
        timeline.add(new TimelineEntry("PersonalContactRecorded", at, "staff", "STAFF"));
        return this;
    }

    /** F7: a submission that came in by mail, with attachments that were not kept. */
    CaseViewBuilder mailedIn(int attachmentCount) {
        this.channel = "EMAIL";
        this.attachmentCount = attachmentCount;
        return this;
    }

    /** F7: a reply the submitter mailed, quoting the case's reference. */
    CaseViewBuilder submitterMessage(String subject, String message, int attachmentCount, Instant at) {
        timeline.add(new TimelineEntry("SubmitterMessageAdded", at, "submitter", "SUBMITTER", subject, message, attachmentCount));
        return this;
    }

    CaseViewBuilder event(String type, Instant at, String actor, String role) {
        timeline.add(new TimelineEntry(type, at, actor, role));
        return this;
    }

    CaseView build() {
        return new CaseView(id, reference, kind, status, version, respondBy, handleBy, legalLimit, extension, overdue,
                false, handlerId, verdict, reasoning, List.copyOf(actions), List.copyOf(timeline), category, channel,
                "PARENT", clientAccount, message, receivedAt, complaint, feedbackResponse, null, satisfaction, referral,
                null, null, personalContact, attachmentCount);
    }
}
