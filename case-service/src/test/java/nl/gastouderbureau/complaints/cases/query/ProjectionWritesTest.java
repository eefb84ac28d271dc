package nl.gastouderbureau.complaints.cases.query;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionWritesTest {

    private final ProjectionWrites writes = new ProjectionWrites();

    @Test
    void aWaiterWakesOnTheNextWriteRatherThanAtTheEndOfItsPause() throws Exception {
        long seen = writes.count();
        CompletableFuture<Void> waiter = CompletableFuture.runAsync(() -> {
            try {
                writes.awaitWriteAfter(seen, 60_000);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        writes.written();

        waiter.get(10, TimeUnit.SECONDS);
        assertThat(writes.count()).isEqualTo(seen + 1);
    }

    @Test
    void aWriteBetweenLookingAndWaitingIsNotMissed() throws Exception {
        long seen = writes.count();
        writes.written();

        CompletableFuture.runAsync(() -> {
            try {
                writes.awaitWriteAfter(seen, 60_000);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void withoutAWriteTheWaitEndsAfterItsPause() throws Exception {
        writes.awaitWriteAfter(writes.count(), 1);

        assertThat(writes.count()).isZero();
    }
}
