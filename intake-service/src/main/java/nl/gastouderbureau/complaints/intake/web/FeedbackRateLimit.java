package nl.gastouderbureau.complaints.intake.web;

import nl.gastouderbureau.complaints.intake.config.FeedbackRateLimitSettings;
import nl.gastouderbureau.complaints.support.web.TooManyRequestsException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address for anonymous feedback: a full bucket holds
 * {@code requests} tokens and refills evenly over {@code period}. The buckets live in this
 * instance's memory, so with several intake instances behind a balancer each address gets the
 * limit once per instance; that is coarse, but it is abuse protection, not a quota. Behind a proxy
 * the address is the proxy's unless {@code server.forward-headers-strategy} is set.
 */
@Component
class FeedbackRateLimit {

    private static final int SWEEP_ABOVE = 10_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final double capacity;
    private final double tokensPerNano;
    private final Clock clock;

    FeedbackRateLimit(FeedbackRateLimitSettings settings, Clock clock) {
        this.capacity = settings.requests();
        this.tokensPerNano = settings.requests() / (double) settings.period().toNanos();
        this.clock = clock;
    }

    /** @throws TooManyRequestsException when this address has no token left */
    void take(String address) {
        long now = nanos();
        if (buckets.size() > SWEEP_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.isFullAt(now));
        }
        Duration wait = buckets.computeIfAbsent(address, a -> new Bucket(now)).take(now);
        if (!wait.isZero()) {
            throw new TooManyRequestsException(wait);
        }
    }

    private long nanos() {
        return clock.millis() * 1_000_000L;
    }

    private final class Bucket {

        private double tokens = capacity;
        private long updatedAt;

        Bucket(long now) {
            this.updatedAt = now;
        }

        /** @return zero when a token was taken, else how long until one is there */
        synchronized Duration take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) Math.ceil((1 - tokens) / tokensPerNano));
        }

        synchronized boolean isFullAt(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + Math.max(0, now - updatedAt) * tokensPerNano);
            updatedAt = now;
        }
    }
}
