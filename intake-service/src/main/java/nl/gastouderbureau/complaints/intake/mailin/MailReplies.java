package nl.gastouderbureau.complaints.intake.mailin;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Date;

import static com.mongodb.client.model.Filters.eq;

/**
 * The replies already published, in {@code mail_replies} keyed by reply id, so the same reply read
 * again (delivered twice, or not yet moved when the service stopped) is not published twice. A
 * crash between publishing and noting it publishes the identical event again, which the case
 * service recognises by its reply id.
 */
@Component
class MailReplies {

    private final MongoCollection<Document> replies;

    MailReplies(MongoDatabase database) {
        this.replies = database.getCollection("mail_replies");
    }

    boolean published(String replyId) {
        return replies.find(eq("_id", replyId)).first() != null;
    }

    void notePublished(String replyId, String caseId, Instant at) {
        replies.replaceOne(eq("_id", replyId), new Document("_id", replyId).append("caseId", caseId).append("publishedAt", Date.from(at)),
                new ReplaceOptions().upsert(true));
    }
}
