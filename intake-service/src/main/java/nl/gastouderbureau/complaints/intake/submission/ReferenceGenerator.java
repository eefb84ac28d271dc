package nl.gastouderbureau.complaints.intake.submission;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import nl.gastouderbureau.complaints.events.SubmissionKind;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static com.mongodb.client.model.Filters.eq;

/**
 * Short human references, counted per prefix and year: {@code FB-2026-0117} for feedback,
 * {@code KL-2026-0042} for complaints, unique also with several intake instances.
 * <p>
 * A counter hands out blocks of numbers; inserting each reference as an {@code _id} claims it,
 * the whole block in one unordered insert, and a number someone else claimed first is skipped. The
 * claim is what guarantees uniqueness: the MongoDB stand-in was seen handing the same counter value
 * to two concurrent requests, and two first-of-the-year upserts may race on real MongoDB.
 * <p>
 * A block is one number while submissions come one by one, so references stay consecutive. When a
 * block is used up within {@link #BUSY} of being taken, the next one is twice as large (at most
 * {@link #MAX_BLOCK}): under load the two round trips are paid once per block instead of once per
 * submission. Numbers left in a block when the service stops are never used.
 */
@Component
public class ReferenceGenerator {

    static final ZoneId AGENCY_ZONE = ZoneId.of("Europe/Amsterdam");
    static final Duration BUSY = Duration.ofSeconds(10);
    static final int MAX_BLOCK = 128;

    private final MongoCollection<Document> counters;
    private final MongoCollection<Document> claimed;
    private final Clock clock;
    private final Map<String, Series> series = new ConcurrentHashMap<>();

    public ReferenceGenerator(MongoDatabase database, Clock clock) {
        this.counters = database.getCollection("reference_counters");
        this.claimed = database.getCollection("references");
        this.clock = clock;
    }

    public String next(SubmissionKind kind, Instant receivedAt) {
        String name = prefix(kind) + "-" + receivedAt.atZone(AGENCY_ZONE).getYear();
        return "%s-%04d".formatted(name, series.computeIfAbsent(name, Series::new).next());
    }

    static String prefix(SubmissionKind kind) {
        return kind.isFeedback() ? "FB" : "KL";
    }

    /** The numbers of one prefix and year that this instance has claimed and not yet handed out. */
    private final class Series {

        private final String name;
        private final Deque<Integer> claimedNumbers = new ArrayDeque<>();
        private int blockSize;
        private Instant takenAt = Instant.MIN;

        Series(String name) {
            this.name = name;
        }

        synchronized int next() {
            while (claimedNumbers.isEmpty()) {
                boolean busy = clock.instant().isBefore(takenAt.plus(BUSY));
                blockSize = busy ? Math.min(blockSize * 2, MAX_BLOCK) : 1;
                takeBlock();
            }
            return claimedNumbers.removeFirst();
        }

        /** Claims each number of the block in one round trip, keeping those nobody else holds. */
        private void takeBlock() {
            int end = counters.findOneAndUpdate(eq("_id", name), Updates.inc("last", blockSize),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER)).getInteger("last");
            List<Document> references = IntStream.rangeClosed(end - blockSize + 1, end)
                    .mapToObj(number -> new Document("_id", "%s-%04d".formatted(name, number)).append("number", number))
                    .toList();
            Set<Integer> taken = new HashSet<>();
            try {
                claimed.insertMany(references, new InsertManyOptions().ordered(false));
            } catch (MongoBulkWriteException e) {
                for (BulkWriteError error : e.getWriteErrors()) {
                    if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                        throw e;
                    }
                    taken.add(references.get(error.getIndex()).getInteger("number"));
                }
            }
            references.stream().map(reference -> reference.getInteger("number"))
                    .filter(number -> !taken.contains(number))
                    .forEach(claimedNumbers::addLast);
            takenAt = clock.instant();
        }
    }
}
