package nl.gastouderbureau.complaints.events;

/** An event of the case aggregate, published on {@link Topics#CASE_EVENTS} keyed by {@link #caseId()}. */
public interface CaseEvent {

    String caseId();
}
