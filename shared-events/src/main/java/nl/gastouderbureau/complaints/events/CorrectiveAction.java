package nl.gastouderbureau.complaints.events;

import nl.gastouderbureau.complaints.events.privacy.PersonalData;

import java.time.LocalDate;

/** What is put right, by whom, by when (C4, C6b). The id is given before the decision is stored. */
public record CorrectiveAction(String id, @PersonalData String description, String owner, LocalDate dueOn) {
}
