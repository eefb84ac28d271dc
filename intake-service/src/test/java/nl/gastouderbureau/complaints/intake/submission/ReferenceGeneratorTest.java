package nl.gastouderbureau.complaints.intake.submission;

import nl.gastouderbureau.complaints.events.SubmissionKind;
import nl.gastouderbureau.complaints.testsupport.MemoryMongo;
import nl.gastouderbureau.complaints.testsupport.SettableClock;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceGeneratorTest {

    private static final Instant NOV_2026 = Instant.parse("2026-11-25T10:00:00Z");

    private final MemoryMongo mongo = new MemoryMongo();
    private final SettableClock clock = new SettableClock(NOV_2026);

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void submissionsThatComeOneByOneGetConsecutiveReferencesAndWasteNoNumbers() {
        ReferenceGenerator references = new ReferenceGenerator(mongo.database("intake"), clock);

        List<String> given = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            given.add(references.next(SubmissionKind.IDEA, NOV_2026));
            clock.advance(ReferenceGenerator.BUSY.plusMillis(1));
        }
        given.add(references.next(SubmissionKind.COMPLAINT, NOV_2026));

        assertThat(given).containsExactly("FB-2026-0001", "FB-2026-0002", "FB-2026-0003", "KL-2026-0001");
        assertThat(counter("FB-2026")).isEqualTo(3);
    }

    @Test
    void aBurstIsServedFromGrowingBlocksWithFewRoundTrips() {
        ReferenceGenerator references = new ReferenceGenerator(mongo.database("intake"), clock);

        List<String> given = IntStream.range(0, 200).mapToObj(i -> references.next(SubmissionKind.TIP, NOV_2026)).toList();

        assertThat(given).doesNotHaveDuplicates().startsWith("FB-2026-0001", "FB-2026-0002", "FB-2026-0003");
        assertThat(given.get(199)).isEqualTo("FB-2026-0200");
        // Blocks of 1, 2, 4, … 64, 128: the counter is touched 8 times for 200 numbers, not 200.
        assertThat(counter("FB-2026")).isBetween(200, 200 + ReferenceGenerator.MAX_BLOCK);
    }

    @Test
    void twoInstancesUnderLoadNeverHandOutTheSameReferenceAndSkipNumbersClaimedBefore() throws Exception {
        mongo.database("intake").getCollection("references").insertOne(new Document("_id", "FB-2026-0002"));
        ReferenceGenerator first = new ReferenceGenerator(mongo.database("intake"), clock);
        ReferenceGenerator second = new ReferenceGenerator(mongo.database("intake"), clock);

        List<String> given = Collections.synchronizedList(new ArrayList<>());
        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            ReferenceGenerator instance = thread % 2 == 0 ? first : second;
            done.add(senders.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    given.add(instance.next(SubmissionKind.REMARK, NOV_2026));
                }
            }));
        }
        for (Future<?> sender : done) {
            sender.get();
        }
        senders.shutdown();

        assertThat(given).hasSize(400).doesNotHaveDuplicates().doesNotContain("FB-2026-0002");
    }

    private int counter(String series) {
        return mongo.database("intake").getCollection("reference_counters").find(new Document("_id", series)).first()
                .getInteger("last");
    }
}
