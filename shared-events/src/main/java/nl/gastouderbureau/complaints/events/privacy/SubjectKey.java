package nl.gastouderbureau.complaints.events.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * The AES-256 key that protects the personal data of one case of one data subject.
 * <p>
 * The fingerprint travels with every ciphertext, so a reader can tell a key that was replaced
 * (the data is erased) from ciphertext that was tampered with (refused).
 */
public record SubjectKey(String caseId, byte[] key) {

    public SubjectKey {
        if (key == null || key.length != 32) {
            throw new IllegalArgumentException("A subject key is 256 bits");
        }
        key = key.clone();
    }

    @Override
    public byte[] key() {
        return key.clone();
    }

    /** Eight bytes of a hash of the key, base64url: names the key without revealing it. */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("subject-key-fingerprint".getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest.digest(key), 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SubjectKey that && caseId.equals(that.caseId) && Arrays.equals(key, that.key);
    }

    @Override
    public int hashCode() {
        return caseId.hashCode() * 31 + Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "SubjectKey[" + caseId + "]";
    }
}
