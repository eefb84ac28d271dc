package nl.gastouderbureau.complaints.intake.submission;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import nl.gastouderbureau.complaints.events.SubmissionReceived;
import nl.gastouderbureau.complaints.support.mail.ClientAddresses;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;

/**
 * Which case each reference intake handed out belongs to, and who it was handed to, in the
 * {@code case_references} collection keyed by {@code _id} = reference. A mail quoting a reference
 * joins that case only when it comes from the address the case's mail goes to (F7).
 * <p>
 * The address is kept as a SHA-256 of its normalised form, not as itself (DESIGN P1): enough to
 * recognise the sender of a reply, useless as a contact list.
 */
@Component
public class CaseReferences {

    private final MongoCollection<Document> references;
    private final ClientAddresses addresses;

    public CaseReferences(MongoDatabase database, ClientAddresses addresses) {
        this.references = database.getCollection("case_references");
        this.addresses = addresses;
    }

    /** Idempotent: recording the same submission again changes nothing. */
    void record(SubmissionReceived submission) {
        String address = addresses.of(submission.contact(), submission.clientAccount());
        Document entry = new Document("_id", submission.reference())
                .append("caseId", submission.submissionId())
                .append("submitter", address == null ? null : fingerprint(address))
                .append("receivedAt", Date.from(submission.receivedAt()));
        try {
            // An insert, not an upsert: on the MongoDB stand-in it costs one index lookup less.
            references.insertOne(entry);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /** P2: the case's personal data was erased; its reference no longer tells who the submitter was. */
    void forgetSubmitter(String caseId) {
        references.updateMany(eq("caseId", caseId), Updates.unset("submitter"));
    }

    public Optional<CaseReference> find(String reference) {
        Document entry = references.find(eq("_id", reference)).first();
        return Optional.ofNullable(entry)
                .map(found -> new CaseReference(found.getString("_id"), found.getString("caseId"), found.getString("submitter")));
    }

    /** The SHA-256 of an address, ignoring case and surrounding spaces, in hex. */
    static String fingerprint(String address) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(address.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** @param submitterFingerprint null for an anonymous submitter, who cannot write back */
    public record CaseReference(String reference, String caseId, String submitterFingerprint) {

        public boolean wasSubmittedBy(String address) {
            return submitterFingerprint != null && address != null && !address.isBlank()
                    && submitterFingerprint.equals(fingerprint(address));
        }
    }
}
