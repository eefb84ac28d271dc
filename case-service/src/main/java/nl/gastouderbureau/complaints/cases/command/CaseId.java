package nl.gastouderbureau.complaints.cases.command;

import java.util.Objects;

/** A case is identified by the id of the submission it handles. */
public record CaseId(String value) {

    public CaseId {
        Objects.requireNonNull(value, "case id");
    }

    /** Axon uses the text form as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value;
    }
}
