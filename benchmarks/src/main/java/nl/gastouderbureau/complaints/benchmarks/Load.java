package nl.gastouderbureau.complaints.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * The two ways load is offered. A closed loop keeps N clients busy, each sending its next request
 * when the last one was answered: that finds the throughput. An open loop sends at a fixed rate
 * whatever the answers do, and measures each request from the moment it was due, not from when it
 * could be sent, so a stalled system is not hidden by the generator waiting for it (coordinated omission).
 */
final class Load {

    /** How one request went: whether it counts as done. */
    interface Request {
        boolean send(int sequence) throws Exception;
    }

    interface AsyncRequest {
        CompletableFuture<Boolean> send(int sequence);
    }

    /** The most requests an open loop keeps waiting for; past it a request counts as failed without being sent. */
    static final int MAX_IN_FLIGHT = 2_000;

    record Outcome(long ok, long failed, Duration took, Latency latency) {

        double perSecond() {
            return ok / (took.toNanos() / 1e9);
        }
    }

    private Load() {
    }

    static Outcome closedLoop(int clients, Duration duration, Request request) throws InterruptedException {
        Latency latency = new Latency();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong sequence = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        long end = started + duration.toNanos();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    boolean done;
                    try {
                        done = request.send((int) sequence.getAndIncrement());
                    } catch (Exception e) {
                        done = false;
                    }
                    latency.recordNanos(System.nanoTime() - sent);
                    (done ? ok : failed).incrementAndGet();
                }
            }));
        }
        pool.shutdown();
        pool.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS);
        return new Outcome(ok.get(), failed.get(), Duration.ofNanos(System.nanoTime() - started), latency);
    }

    static Outcome openLoop(int perSecond, Duration duration, AsyncRequest request) {
        Latency latency = new Latency();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long total = perSecond * duration.toSeconds();
        double interval = 1e9 / perSecond;
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        long started = System.nanoTime();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            long due = started + (long) (i * interval);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (!inFlight.tryAcquire()) {
                // The system is this far behind; sending more would only measure the generator.
                failed.incrementAndGet();
                continue;
            }
            pending.add(request.send(i).handle((done, error) -> {
                inFlight.release();
                latency.recordNanos(System.nanoTime() - due);
                (error == null && Boolean.TRUE.equals(done) ? ok : failed).incrementAndGet();
                return null;
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        return new Outcome(ok.get(), failed.get(), Duration.ofNanos(System.nanoTime() - started), latency);
    }

    /** Runs {@code count} tasks on {@code threads} threads and waits for all of them. */
    static void parallel(int threads, int count, IntFunction<?> task) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < count; i++) {
            int index = i;
            pool.execute(() -> task.apply(index));
        }
        pool.shutdown();
        if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
            throw new IllegalStateException("Tasks did not finish in 30 minutes");
        }
    }
}
