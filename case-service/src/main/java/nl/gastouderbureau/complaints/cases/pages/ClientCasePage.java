package nl.gastouderbureau.complaints.cases.pages;

import nl.gastouderbureau.complaints.cases.command.ReferralPolicy;
import nl.gastouderbureau.complaints.cases.query.CaseStatus;
import nl.gastouderbureau.complaints.cases.web.ClientCaseView;
import nl.gastouderbureau.complaints.events.SubmissionKind;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * What a client's case page shows: only what the API shows them ({@link ClientCaseView}), the
 * answers they can give now, and De Geschillencommissie's twelve months. The referral step is offered
 * exactly when {@link ReferralPolicy} would let the case accept it, so a client is never shown a
 * door that is locked.
 *
 * @param decidedAt      when the decision was made, from the timeline; {@code null} while undecided
 * @param referralUntil  the last moment for a referral (C8); {@code null} for what is not a formal complaint
 * @param clocks         the complaint's clocks while it awaits a decision
 * @param forms          the satisfaction and referral forms by id; the one just sent holds what was posted
 * @param formalComplaintInvited the informal conversation left the client unsatisfied (C1): the way
 *                       to the complaint form is offered until they take it and the case closes as continued
 */
public record ClientCasePage(ClientCaseView view, Instant decidedAt, Instant referralUntil, boolean satisfactionOffered,
                             boolean referralOffered, boolean formalComplaintInvited, CaseClocks clocks,
                             Map<String, Object> forms, FormErrors errors) {

    static ClientCasePage of(ClientCaseView view, Instant now, Duration reminderBefore, Map<String, Object> forms,
                             FormErrors errors) {
        boolean complaint = SubmissionKind.COMPLAINT.name().equals(view.kind());
        boolean open = view.status() != CaseStatus.CLOSED;
        Instant decidedAt = view.timeline().stream()
                .filter(e -> e.type().equals("ComplaintDecided"))
                .map(ClientCaseView.Entry::at)
                .findFirst().orElse(null);
        boolean satisfactionOffered = complaint && open && view.verdict() != null && view.satisfaction() == null;
        boolean referralOffered = complaint && open && ReferralPolicy.refusal(view.referral() != null,
                view.receivedAt(), view.handleBy(), decidedAt,
                view.satisfaction() == null ? null : view.satisfaction().satisfied(), now).isEmpty();
        return new ClientCasePage(view, decidedAt, complaint ? ReferralPolicy.lastMoment(view.receivedAt()) : null,
                satisfactionOffered, referralOffered, view.status() == CaseStatus.AWAITING_FORMAL_COMPLAINT,
                CaseClocks.of(null, false, view.handleBy(), view.legalLimit(), view.verdict() == null && open,
                        view.overdue(), now, reminderBefore),
                forms, errors);
    }

    public Object form(String id) {
        return forms.get(id);
    }
}
