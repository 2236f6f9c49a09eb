package dev.permafrost.client.ratelimit;

/**
 * The monotonic clock and the way to wait on it. The real one uses {@link System#nanoTime()} and
 * {@link Thread#sleep}; tests of the pacing arithmetic pass a fake one.
 */
public interface Ticker {

    /** Nanoseconds on a monotonic clock. */
    long nanos();

    /** Waits this many nanoseconds (or returns at once for zero or less). */
    void sleep(long nanos) throws InterruptedException;

    Ticker SYSTEM = new Ticker() {
        @Override
        public long nanos() {
            return System.nanoTime();
        }

        @Override
        public void sleep(long nanos) throws InterruptedException {
            if (nanos > 0) {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
        }
    };
}
