package nl.gastouderbureau.complaints.intake.submission;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The ids a new submission gets: its submission id (the future case id) and the id of its event.
 * Random for a request; derived from a stable seed where the same input may arrive twice with
 * nothing to say so but itself, as a mail does, so both arrivals name the same submission.
 */
public record SubmissionIds(String submissionId, String eventId) {

    public static SubmissionIds random() {
        return new SubmissionIds(UUID.randomUUID().toString(), UUID.randomUUID().toString());
    }

    public static SubmissionIds derivedFrom(String seed) {
        return new SubmissionIds(nameBased("submission:" + seed), nameBased("event:" + seed));
    }

    private static String nameBased(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
