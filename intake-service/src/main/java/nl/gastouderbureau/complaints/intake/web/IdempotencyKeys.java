package nl.gastouderbureau.complaints.intake.web;

import nl.gastouderbureau.complaints.intake.submission.IdempotencyKey;
import nl.gastouderbureau.complaints.support.web.InvalidRequestException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Reads the {@code Idempotency-Key} header. Two requests are "the same" when they went to the
 * same endpoint with the same content as read: the fingerprint hashes the request record, so
 * whitespace, field order and unknown fields do not make a retry look different.
 */
@Component
class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern PRINTABLE = Pattern.compile("^[\\x21-\\x7E]+$");

    private final JsonMapper json;

    IdempotencyKeys(JsonMapper json) {
        this.json = json;
    }

    /** @return null when no key was sent */
    IdempotencyKey of(String header, Principal caller, String endpoint, Object request) {
        if (header == null) {
            return null;
        }
        if (header.isEmpty() || header.length() > IdempotencyKey.MAX_LENGTH || !PRINTABLE.matcher(header).matches()) {
            throw InvalidRequestException.of(HEADER, "must be 1 to " + IdempotencyKey.MAX_LENGTH
                    + " printable characters without spaces, e.g. a UUID");
        }
        String account = caller == null ? "anonymous" : caller.getName();
        return new IdempotencyKey(account, header, fingerprint(endpoint, request));
    }

    private String fingerprint(String endpoint, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(endpoint.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
