package nl.gastouderbureau.complaints.intake.submission;

/**
 * An {@code Idempotency-Key} as one caller used it.
 *
 * @param caller      the account name, or {@code anonymous}: the same key from two accounts is two keys
 * @param key         what the client sent
 * @param fingerprint a hash of the endpoint and the request as read, to recognise the same request
 */
public record IdempotencyKey(String caller, String key, String fingerprint) {

    public static final int MAX_LENGTH = 200;

    String id() {
        return caller + "\n" + key;
    }
}
