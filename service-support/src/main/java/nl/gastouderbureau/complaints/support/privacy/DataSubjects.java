package nl.gastouderbureau.complaints.support.privacy;

import nl.gastouderbureau.complaints.events.Contact;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * The pseudonymous id of the person a submission is about: the same for every case of a logged-in
 * client, and for every case left with the same e-mail address; a fresh one for a submission
 * without either, which no other case shares. A keyed hash, so the id reveals no account or
 * address and cannot be recomputed from a guessed address without the secret.
 */
public final class DataSubjects {

    private static final String PREFIX = "ds-";

    private final byte[] secret;

    public DataSubjects(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String of(String clientAccount, Contact contact) {
        if (clientAccount != null && !clientAccount.isBlank()) {
            return hash("account:" + clientAccount.strip().toLowerCase(Locale.ROOT));
        }
        if (contact != null && contact.hasEmail()) {
            return hash("email:" + contact.email().strip().toLowerCase(Locale.ROOT));
        }
        return PREFIX + UUID.randomUUID().toString().replace("-", "");
    }

    /** Whether {@code id} has the form of a data subject id, so a request for anything else is refused early. */
    public static boolean isWellFormed(String id) {
        return id != null && id.matches(PREFIX + "[0-9a-f]{32}");
    }

    private String hash(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }
}
