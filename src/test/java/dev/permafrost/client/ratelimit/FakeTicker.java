package dev.permafrost.client.ratelimit;

import java.util.ArrayList;
import java.util.List;

/** A monotonic clock that moves only when someone sleeps on it; records every sleep. */
final class FakeTicker implements Ticker {
    private long now = 1_000_000_000L;
    final List<Long> sleeps = new ArrayList<>();

    @Override
    public synchronized long nanos() {
        return now;
    }

    @Override
    public synchronized void sleep(long nanos) {
        sleeps.add(Math.max(0, nanos));
        if (nanos > 0) {
            now += nanos;
        }
    }

    synchronized void advanceSeconds(double seconds) {
        now += (long) (seconds * 1e9);
    }

    synchronized double secondsSlept() {
        return sleeps.stream().mapToLong(Long::longValue).sum() / 1e9;
    }
}
