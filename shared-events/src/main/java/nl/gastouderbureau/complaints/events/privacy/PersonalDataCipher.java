package nl.gastouderbureau.complaints.events.privacy;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * AES-256-GCM for one personal text at a time. A sealed text reads {@code v1:<caseId>:<key
 * fingerprint>:<base64 of nonce and ciphertext>}; the part before the ciphertext is authenticated
 * too, so a text moved to another case or another key is refused like any other tampering.
 */
public final class PersonalDataCipher {

    private static final String VERSION = "v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SubjectKeys keys;

    public PersonalDataCipher(SubjectKeys keys) {
        this.keys = keys;
    }

    /** The text sealed under the case's key; empty when the case's key was erased. */
    public Optional<String> seal(String caseId, String plainText) {
        return keys.forWriting(caseId).map(key -> seal(key, plainText));
    }

    /**
     * The text, or empty when its key is gone or was replaced: the data was erased.
     *
     * @throws TamperedException when the key is there but the text does not verify under it
     */
    public Optional<String> open(String sealed) {
        String[] parts = sealed.split(":");
        if (parts.length < 4 || !VERSION.equals(parts[0])) {
            throw new TamperedException("Not a sealed personal text");
        }
        String caseId = sealed.substring(VERSION.length() + 1, sealed.length()
                - parts[parts.length - 1].length() - parts[parts.length - 2].length() - 2);
        String fingerprint = parts[parts.length - 2];
        Optional<SubjectKey> key = keys.forReading(caseId).filter(k -> k.fingerprint().equals(fingerprint));
        if (key.isEmpty()) {
            return Optional.empty();
        }
        byte[] sealedBytes;
        try {
            sealedBytes = Base64.getDecoder().decode(parts[parts.length - 1]);
        } catch (IllegalArgumentException e) {
            throw new TamperedException("A sealed personal text is not base64");
        }
        if (sealedBytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new TamperedException("A sealed personal text is too short");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key.get(), sealedBytes, header(caseId, fingerprint));
            byte[] plain = cipher.doFinal(sealedBytes, NONCE_BYTES, sealedBytes.length - NONCE_BYTES);
            return Optional.of(new String(plain, StandardCharsets.UTF_8));
        } catch (AEADBadTagException e) {
            throw new TamperedException("A sealed personal text of case " + caseId + " does not verify");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    static String seal(SubjectKey key, String plainText) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        String header = header(key.caseId(), key.fingerprint());
        try {
            byte[] encrypted = cipher(Cipher.ENCRYPT_MODE, key, nonce, header)
                    .doFinal(plainText.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = ByteBuffer.allocate(NONCE_BYTES + encrypted.length).put(nonce).put(encrypted).array();
            return header + ":" + Base64.getEncoder().encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    private static Cipher cipher(int mode, SubjectKey key, byte[] nonceSource, String header)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key.key(), "AES"), new GCMParameterSpec(TAG_BITS, nonceSource, 0, NONCE_BYTES));
        cipher.updateAAD(header.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static String header(String caseId, String fingerprint) {
        return VERSION + ":" + caseId + ":" + fingerprint;
    }

    /** A sealed text that was changed: no retry reads it, and it is never taken for erased. */
    public static final class TamperedException extends RuntimeException {
        TamperedException(String message) {
            super(message);
        }
    }
}
