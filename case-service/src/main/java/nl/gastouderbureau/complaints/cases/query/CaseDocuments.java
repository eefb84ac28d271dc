package nl.gastouderbureau.complaints.cases.query;

import nl.gastouderbureau.complaints.events.Actor;
import nl.gastouderbureau.complaints.events.CaseCategorised;
import nl.gastouderbureau.complaints.events.CaseClosed;
import nl.gastouderbureau.complaints.events.CaseEvent;
import nl.gastouderbureau.complaints.events.ClientSatisfactionRecorded;
import nl.gastouderbureau.complaints.events.ComplaintDecided;
import nl.gastouderbureau.complaints.events.ComplaintFiled;
import nl.gastouderbureau.complaints.events.ComplaintHandlingOverdue;
import nl.gastouderbureau.complaints.events.ConversationOutcome;
import nl.gastouderbureau.complaints.events.CorrectiveActionCompleted;
import nl.gastouderbureau.complaints.events.CorrectiveActionOverdue;
import nl.gastouderbureau.complaints.events.DisputesCommitteeRulingRecorded;
import nl.gastouderbureau.complaints.events.EventType;
import nl.gastouderbureau.complaints.events.FeedbackCaseOpened;
import nl.gastouderbureau.complaints.events.FeedbackResponseOverdue;
import nl.gastouderbureau.complaints.events.FeedbackResponseRecorded;
import nl.gastouderbureau.complaints.events.HandlerAssigned;
import nl.gastouderbureau.complaints.events.HandlingDeadlineExtended;
import nl.gastouderbureau.complaints.events.InformalComplaintRegistered;
import nl.gastouderbureau.complaints.events.InformalConversationHeld;
import nl.gastouderbureau.complaints.events.LegalHandlingLimitExceeded;
import nl.gastouderbureau.complaints.events.PersonalContactOverdue;
import nl.gastouderbureau.complaints.events.PersonalContactRecorded;
import nl.gastouderbureau.complaints.events.PersonalContactRequested;
import nl.gastouderbureau.complaints.events.PersonalDataErased;
import nl.gastouderbureau.complaints.events.ReferredToDisputesCommittee;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.events.SubmitterMessageAdded;
import org.bson.Document;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * How each case event changes the case document: a pure fold, shared by the projection (which
 * stores the result in MongoDB) and the dossier (which folds the event store's history itself), so
 * the two cannot tell different stories. Field names are those of DESIGN §5 "case".
 * <p>
 * {@code overdue} is derived after every event: the response or decision is overdue
 * ({@code responseOverdue}), or an open contact request is ({@code personalContact.overdue}), so
 * settling one never clears the other.
 */
final class CaseDocuments {

    private static final Actor SUBMITTER = new Actor("submitter", Actor.SUBMITTER);

    /** Events that start a case; every other event changes an existing one. */
    static final Set<Class<?>> OPENING_EVENTS = Set.of(
            FeedbackCaseOpened.class, InformalComplaintRegistered.class, ComplaintFiled.class);

    private CaseDocuments() {
    }

    /** A new document for an opening event, or {@code null} when the event does not open a case. */
    static Document open(Object event, long sequence, Instant storedAt) {
        if (!OPENING_EVENTS.contains(event.getClass())) {
            return null;
        }
        Document document = new Document("_id", ((CaseEvent) event).caseId())
                .append("overdue", false)
                .append("responseOverdue", false)
                .append("legalLimitExceeded", false)
                .append("attachmentCount", 0)
                .append("handlerId", null)
                .append("verdict", null)
                .append("reasoning", null)
                .append("correctiveActions", new ArrayList<Document>())
                .append("timeline", new ArrayList<Document>());
        apply(document, event, sequence, storedAt);
        return document;
    }

    /** Applies one event and records it on the timeline; the version becomes the event's sequence number. */
    static void apply(Document d, Object event, long sequence, Instant storedAt) {
        if (event instanceof FeedbackCaseOpened e) {
            d.append("reference", e.reference()).append("kind", e.kind().name())
                    .append("status", CaseStatus.OPEN.name())
                    .append("respondBy", date(e.respondBy()))
                    .append("category", name(e.category())).append("channel", name(e.channel()))
                    .append("submitterRole", name(e.submitterRole()))
                    .append("message", e.message()).append("receivedAt", date(e.receivedAt()))
                    .append("attachmentCount", e.attachmentCount());
        } else if (event instanceof FeedbackResponseRecorded e) {
            d.append("status", CaseStatus.RESPONDED.name()).append("responseOverdue", false)
                    .append("feedbackResponse", new Document("outcome", e.outcome().name())
                            .append("message", e.message()).append("late", e.late()).append("at", date(e.at())));
        } else if (event instanceof FeedbackResponseOverdue) {
            d.append("responseOverdue", true);
        } else if (event instanceof InformalComplaintRegistered e) {
            d.append("reference", e.reference()).append("kind", SubmissionKind.INFORMAL_COMPLAINT.name())
                    .append("status", CaseStatus.INFORMAL.name())
                    .append("category", name(e.category())).append("channel", name(e.channel()))
                    .append("submitterRole", name(e.submitterRole())).append("clientAccount", e.clientAccount())
                    .append("message", e.message()).append("receivedAt", date(e.receivedAt()));
        } else if (event instanceof InformalConversationHeld e) {
            d.append("status", (e.outcome() == ConversationOutcome.RESOLVED
                            ? CaseStatus.CLOSED : CaseStatus.AWAITING_FORMAL_COMPLAINT).name())
                    .append("conversation", new Document("heldOn", text(e.heldOn()))
                            .append("outcome", e.outcome().name()).append("summary", e.summary()));
        } else if (event instanceof ComplaintFiled e) {
            d.append("reference", e.reference()).append("kind", SubmissionKind.COMPLAINT.name())
                    .append("status", CaseStatus.FILED.name())
                    .append("handleBy", date(e.handleBy())).append("legalLimit", date(e.legalLimit()))
                    .append("category", name(e.category())).append("channel", "WEB_FORM")
                    .append("clientAccount", e.clientAccount()).append("receivedAt", date(e.filedAt()))
                    .append("complaint", new Document("subject", e.subject()).append("description", e.description())
                            .append("involvedEmployee", e.involvedEmployee()).append("occurredOn", text(e.occurredOn()))
                            .append("desiredOutcome", e.desiredOutcome()).append("informalCaseId", e.informalCaseId()));
        } else if (event instanceof HandlerAssigned e) {
            d.append("handlerId", e.handlerId());
            if (CaseStatus.FILED.name().equals(d.getString("status"))) {
                d.append("status", CaseStatus.IN_PROGRESS.name());
            }
        } else if (event instanceof ComplaintHandlingOverdue) {
            d.append("responseOverdue", d.getString("verdict") == null);
        } else if (event instanceof LegalHandlingLimitExceeded) {
            d.append("responseOverdue", d.getString("verdict") == null).append("legalLimitExceeded", true);
        } else if (event instanceof HandlingDeadlineExtended e) {
            d.append("handleBy", date(e.newHandleBy()))
                    .append("extension", new Document("previousHandleBy", date(e.previousHandleBy()))
                            .append("newHandleBy", date(e.newHandleBy())).append("reason", e.reason())
                            .append("at", date(e.at())));
        } else if (event instanceof ComplaintDecided e) {
            List<Document> actions = new ArrayList<>();
            e.correctiveActions().forEach(a -> actions.add(new Document("id", a.id())
                    .append("description", a.description()).append("owner", a.owner())
                    .append("dueOn", text(a.dueOn())).append("done", false).append("overdue", false)));
            d.append("status", CaseStatus.DECIDED.name()).append("responseOverdue", false)
                    .append("verdict", e.verdict().name()).append("reasoning", e.reasoning())
                    .append("decidedAt", date(e.at())).append("correctiveActions", actions);
        } else if (event instanceof CorrectiveActionOverdue e) {
            action(d, e.actionId()).append("overdue", true);
        } else if (event instanceof CorrectiveActionCompleted e) {
            action(d, e.actionId()).append("done", true).append("overdue", false)
                    .append("note", e.note()).append("completedAt", date(e.at()));
        } else if (event instanceof ClientSatisfactionRecorded e) {
            d.append("satisfaction", new Document("satisfied", e.satisfied()).append("comment", e.comment())
                    .append("at", date(e.at())));
        } else if (event instanceof ReferredToDisputesCommittee e) {
            d.append("status", CaseStatus.REFERRED.name())
                    .append("referral", new Document("referredOn", text(e.referredOn()))
                            .append("committeeReference", e.committeeReference()).append("at", date(e.at())));
        } else if (event instanceof DisputesCommitteeRulingRecorded e) {
            d.append("ruling", new Document("ruling", e.ruling()).append("receivedOn", text(e.receivedOn())));
        } else if (event instanceof CaseCategorised e) {
            d.append("category", name(e.category()));
        } else if (event instanceof CaseClosed e) {
            d.append("status", CaseStatus.CLOSED.name()).append("closeReason", e.reason().name())
                    .append("closedAt", date(e.at()));
        } else if (event instanceof PersonalContactRequested e) {
            d.append("personalContact", new Document("requestedAt", date(e.requestedAt()))
                    .append("contactBy", date(e.contactBy())).append("open", true).append("overdue", false)
                    .append("late", false).append("contactedOn", null).append("how", null).append("summary", null));
        } else if (event instanceof PersonalDataErased e) {
            erasePersonalData(d);
            d.append("personalDataErased", new Document("reason", e.reason().name()).append("at", date(e.at())));
        } else if (event instanceof PersonalContactOverdue) {
            personalContact(d).append("overdue", true);
        } else if (event instanceof PersonalContactRecorded e) {
            // The latest contact; every one of them is on the timeline. A later one leaves "late" as the task ended.
            Document contact = personalContact(d);
            if (contact.getBoolean("open", false)) {
                contact.append("late", e.late());
            }
            contact.append("open", false).append("overdue", false).append("contactedOn", text(e.contactedOn()))
                    .append("how", e.how().name()).append("summary", e.summary());
        }
        // Reminders and submitter messages change nothing but the timeline.
        timeline(d).add(entry(event, storedAt));
        d.append("overdue", responseOverdue(d) || personalContactOverdue(d));
        d.append("version", sequence);
    }

    /**
     * P2: every text the case's events carried about the person goes; what reports and the timeline
     * need (kinds, dates, outcomes, who acted) stays. Events after this one carry no texts, their
     * key being gone.
     */
    private static void erasePersonalData(Document d) {
        d.append("message", null).append("reasoning", null);
        clearPart(d, "feedbackResponse", "message");
        clearPart(d, "conversation", "summary");
        clearPart(d, "complaint", "subject", "description", "involvedEmployee", "desiredOutcome");
        clearPart(d, "extension", "reason");
        clearPart(d, "satisfaction", "comment");
        clearPart(d, "ruling", "ruling");
        clearPart(d, "personalContact", "summary");
        for (Document action : d.getList("correctiveActions", Document.class, List.of())) {
            clear(action, "description", "note");
        }
        for (Document entry : timeline(d)) {
            clear(entry, "subject", "message");
        }
    }

    private static void clearPart(Document d, String part, String... fields) {
        Document inner = d.get(part, Document.class);
        if (inner != null) {
            clear(inner, fields);
        }
    }

    private static void clear(Document d, String... fields) {
        for (String field : fields) {
            if (d.containsKey(field)) {
                d.append(field, null);
            }
        }
    }

    /**
     * Who and when (DESIGN C9), read by the contract's convention: a person's change carries
     * {@code Actor by} and {@code Instant at}; a deadline's carries only {@code at} and is the system's.
     */
    static Document entry(Object event, Instant storedAt) {
        Actor by;
        Instant at;
        if (event instanceof FeedbackCaseOpened) {
            by = SUBMITTER;
            at = storedAt;
        } else if (event instanceof PersonalContactRequested e) {
            by = SUBMITTER;
            at = e.requestedAt();
        } else if (event instanceof SubmitterMessageAdded e) {
            // What the submitter wrote is for staff; the client's view leaves it out.
            return new Document("type", typeOf(event)).append("at", date(e.receivedAt()))
                    .append("actor", SUBMITTER.id()).append("role", SUBMITTER.role())
                    .append("subject", e.subject()).append("message", e.message())
                    .append("attachmentCount", e.attachmentCount());
        } else if (event instanceof ComplaintFiled e) {
            by = new Actor(e.clientAccount(), Actor.CLIENT);
            at = e.filedAt();
        } else {
            by = component(event, "by", Actor.class);
            at = component(event, "at", Instant.class);
            if (by == null) {
                by = Actor.system();
            }
            if (at == null) {
                at = storedAt;
            }
        }
        return new Document("type", typeOf(event)).append("at", date(at))
                .append("actor", by.id()).append("role", by.role());
    }

    static String typeOf(Object event) {
        try {
            return EventType.of(event).logicalName();
        } catch (IllegalArgumentException notShared) {
            return event.getClass().getSimpleName();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Document> timeline(Document d) {
        List<Document> timeline = (List<Document>) d.get("timeline");
        if (timeline == null) {
            timeline = new ArrayList<>();
            d.append("timeline", timeline);
        }
        return timeline;
    }

    /** Documents written before contact tasks existed kept this in {@code overdue}. */
    private static boolean responseOverdue(Document d) {
        return d.containsKey("responseOverdue") ? d.getBoolean("responseOverdue", false) : d.getBoolean("overdue", false);
    }

    private static boolean personalContactOverdue(Document d) {
        Document contact = d.get("personalContact", Document.class);
        return contact != null && contact.getBoolean("overdue", false);
    }

    /** A contact recorded without a request starts the part here. */
    private static Document personalContact(Document d) {
        Document contact = d.get("personalContact", Document.class);
        if (contact == null) {
            contact = new Document("requestedAt", null).append("contactBy", null).append("open", false)
                    .append("overdue", false).append("late", false);
            d.append("personalContact", contact);
        }
        return contact;
    }

    @SuppressWarnings("unchecked")
    private static Document action(Document d, String actionId) {
        List<Document> actions = (List<Document>) d.get("correctiveActions", List.class);
        return actions == null ? new Document() : actions.stream()
                .filter(a -> actionId.equals(a.getString("id")))
                .findFirst()
                .orElseGet(Document::new);
    }

    private static <T> T component(Object event, String name, Class<T> type) {
        if (!event.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            if (component.getName().equals(name) && type.isAssignableFrom(component.getType())) {
                try {
                    return type.cast(component.getAccessor().invoke(event));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read " + name + " of " + event.getClass().getSimpleName(), e);
                }
            }
        }
        return null;
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
