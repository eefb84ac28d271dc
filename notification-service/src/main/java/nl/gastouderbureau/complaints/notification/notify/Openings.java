package nl.gastouderbureau.complaints.notification.notify;

import nl.gastouderbureau.complaints.notification.cases.CaseRecords;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Consecutive events of a poll that open a case, written together: first the case records, then
 * the acknowledgements, so a mail never leaves for a case the service does not remember.
 */
final class Openings {

    private final List<CaseRecords.Opening> cases = new ArrayList<>();
    private final List<OutgoingMail> acknowledgements = new ArrayList<>();
    private int firstIndex = -1;

    /** @param index the event's position in its poll, for the error handler should the write fail */
    void add(int index, CaseRecords.Opening opening, Optional<OutgoingMail> acknowledgement) {
        if (firstIndex < 0) {
            firstIndex = index;
        }
        cases.add(opening);
        acknowledgement.ifPresent(acknowledgements::add);
    }

    /** The position in its poll of the first opening not written yet. */
    int firstIndex() {
        return firstIndex;
    }

    /** Writes what was added; if that fails, it is all still here for the error handler's position. */
    void write(CaseRecords records, Notifier notifier) {
        if (cases.isEmpty()) {
            return;
        }
        records.opened(cases);
        notifier.notifyOnce(acknowledgements);
        cases.clear();
        acknowledgements.clear();
        firstIndex = -1;
    }
}
