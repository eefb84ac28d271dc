package nl.gastouderbureau.complaints.support.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How personal data is protected (DESIGN P1–P3).
 *
 * @param keysDatabase     the MongoDB database every service reads the case keys from
 * @param keyCacheTtl      how long a service keeps a key it read; an erasure is seen by the
 *                         erasing service at once and by the others on the erasure event, or at
 *                         the latest after this
 * @param subjectIdSecret  the secret of the keyed hash that turns an account or an address into a
 *                         data subject id; set {@code COMPLAINTS_PRIVACY_SUBJECT_ID_SECRET} in production
 * @param retention        how long a closed case keeps its personal data (P3)
 * @param retentionCheck   how often case-service looks for cases past their retention
 * @param encryption       false only for a service that needs no personal data at all (reporting):
 *                         it then reads every encrypted text as null
 */
@ConfigurationProperties("complaints.privacy")
public record PrivacySettings(String keysDatabase, Duration keyCacheTtl, String subjectIdSecret,
                              Duration retention, Duration retentionCheck, Boolean encryption) {

    public PrivacySettings {
        keysDatabase = keysDatabase == null || keysDatabase.isBlank() ? "subject_keys" : keysDatabase;
        keyCacheTtl = keyCacheTtl == null ? Duration.ofMinutes(1) : keyCacheTtl;
        subjectIdSecret = subjectIdSecret == null || subjectIdSecret.isBlank() ? "local-subject-id-secret" : subjectIdSecret;
        retention = retention == null ? Duration.ofDays(730) : retention;
        retentionCheck = retentionCheck == null ? Duration.ofHours(1) : retentionCheck;
        encryption = encryption == null || encryption;
    }
}
