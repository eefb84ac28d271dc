package nl.gastouderbureau.complaints.benchmarks;

import org.HdrHistogram.ConcurrentHistogram;

import java.util.concurrent.TimeUnit;

/** Exact percentiles of latencies recorded from many threads, in microseconds up to ten minutes. */
final class Latency {

    private final ConcurrentHistogram histogram = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(10), 3);

    void recordNanos(long nanos) {
        histogram.recordValue(Math.min(histogram.getHighestTrackableValue(), Math.max(0, nanos / 1_000)));
    }

    long count() {
        return histogram.getTotalCount();
    }

    /** @param percentile e.g. 99.0 */
    double millis(double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1_000.0;
    }

    String summary() {
        return count() == 0 ? "no samples" : String.format("p50 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d)",
                millis(50), millis(99), histogram.getMaxValue() / 1_000.0, count());
    }
}
