package dev.permafrost.client.ratelimit;

import dev.permafrost.client.RateLimitMode;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The rate-limit state of one (instance, token): shared by every thread, client and route that
 * uses the token, so together they never overspend it. Thread-safe.
 *
 * <p>It remembers the latest figures per request family. The token's budget ({@link
 * RequestFamily#OTHER}) applies to every request; paging, media uploads and deletions also spend
 * budgets of their own, and a request is paced by the tightest budget it is subject to. Every
 * request lowers the estimates it spends before it is sent, so concurrent callers see each
 * other's requests before the server's answers arrive.
 *
 * <p>Modes: {@code throw} never waits; {@code wait} sends at once while budget remains and waits
 * for the reset when it is spent; {@code pace} spreads what remains evenly up to the reset,
 * {@code pacing factor} times faster than even (Mastodon.py's meaning: 1.0 is exactly even, more is
 * faster). Waits are capped at {@link #MAX_WAIT} as a precaution, as in Mastodon.py.
 */
public final class RateLimiter {
    /** The longest single wait. */
    public static final Duration MAX_WAIT = Duration.ofMinutes(5);

    /** Mastodon's figures, used only when a server sends no rate-limit headers at all. */
    private static final Map<RequestFamily, long[]> FALLBACK = Map.of(
            RequestFamily.OTHER, new long[] {300, Duration.ofMinutes(5).toNanos()},
            RequestFamily.PAGING, new long[] {300, Duration.ofMinutes(15).toNanos()},
            RequestFamily.MEDIA_UPLOAD, new long[] {30, Duration.ofMinutes(30).toNanos()},
            RequestFamily.DELETION, new long[] {30, Duration.ofMinutes(30).toNanos()});

    /** Two readings whose resets are this close describe the same window. */
    private static final long SAME_WINDOW_NANOS = Duration.ofMillis(250).toNanos();

    /** Added to a reset before sending again, to absorb rounding of the server's clock. */
    private static final long RESET_MARGIN_NANOS = Duration.ofMillis(50).toNanos();

    private final Ticker ticker;
    private final Map<RequestFamily, Budget> budgets = new EnumMap<>(RequestFamily.class);
    private boolean serverSendsHeaders;
    private boolean answered;
    private int inFlight;
    private long nextSlotNanos = Long.MIN_VALUE;

    public RateLimiter(Ticker ticker) {
        this.ticker = ticker;
    }

    /**
     * Waits as the mode requires, then counts the request against its budgets. Call it right
     * before sending.
     *
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    public void acquire(RequestFamily family, RateLimitMode mode, double paceFactor) throws InterruptedException {
        if (paceFactor <= 0) {
            throw new IllegalArgumentException("paceFactor <= 0: " + paceFactor);
        }
        while (true) {
            long wakeAt;
            synchronized (this) {
                long now = ticker.nanos();
                refresh(now, family);
                long blockedUntil = mode == RateLimitMode.THROW ? now : blockedUntil(now, family, mode);
                if (blockedUntil <= now) {
                    wakeAt = mode == RateLimitMode.PACE ? reserveSlot(now, family, paceFactor) : now;
                    spend(family);
                    inFlight++;
                    if (wakeAt <= now) {
                        return;
                    }
                } else {
                    wakeAt = -blockedUntil; // negative: wait, then look again
                }
            }
            boolean lookAgain = wakeAt < 0;
            long target = lookAgain ? -wakeAt : wakeAt;
            ticker.sleep(Math.min(target - ticker.nanos(), MAX_WAIT.toNanos()));
            if (!lookAgain) {
                return;
            }
        }
    }

    /**
     * Marks the end of a request counted by {@link #acquire}, answered or not. Call it once per
     * acquire, after {@link #update} when there was an answer.
     */
    public synchronized void completed() {
        inFlight = Math.max(0, inFlight - 1);
    }

    /** Takes the figures of an answer to a request of this family. */
    public synchronized void update(RequestFamily family, RateLimitReading reading) {
        answered = true;
        if (!reading.isPresent()) {
            return;
        }
        serverSendsHeaders = true;
        long now = ticker.nanos();
        Budget observed = observed(reading, now);
        if (observed == null) {
            return;
        }
        merge(family, observed, now);
        if (family != RequestFamily.OTHER) {
            // The headers describe the tightest budget the request spent; it may be the token's.
            Budget token = budgets.get(RequestFamily.OTHER);
            if (token == null || token.limit() == observed.limit()) {
                merge(RequestFamily.OTHER, observed, now);
            }
        }
    }

    /** Marks a budget as spent until the given time, after a 429. */
    public synchronized void exhausted(RequestFamily family, RateLimitReading reading, Duration fallbackWait) {
        long now = ticker.nanos();
        long reset = now + reading.untilReset().orElse(fallbackWait).toNanos();
        long limit = reading.limit().orElse(budgets.containsKey(family) ? budgets.get(family).limit() : 1);
        budgets.put(family, new Budget(limit, 0, reset, false));
        if (family != RequestFamily.OTHER) {
            Budget token = budgets.get(RequestFamily.OTHER);
            if (token == null || token.limit() == limit) {
                budgets.put(RequestFamily.OTHER, new Budget(limit, 0, reset, false));
            }
        }
    }

    /** What the limiter currently believes remains for a family, for progress estimates. */
    public synchronized Snapshot snapshot(RequestFamily family) {
        long now = ticker.nanos();
        Budget budget = tightest(now, family);
        if (budget == null) {
            return new Snapshot(-1, -1, Duration.ZERO);
        }
        return new Snapshot(budget.limit(), Math.max(0, budget.remaining()),
                Duration.ofNanos(Math.max(0, budget.resetNanos() - now)));
    }

    /** A view of a budget: {@code limit} and {@code remaining} are -1 when unknown. */
    public record Snapshot(long limit, long remaining, Duration untilReset) {}

    private Budget observed(RateLimitReading reading, long now) {
        if (reading.untilReset().isEmpty() || reading.remaining().isEmpty()) {
            return null;
        }
        long limit = reading.limit().orElse(reading.remaining().getAsLong());
        // Requests sent since (other than the one answered) may not be counted in the figure yet.
        long othersInFlight = Math.max(0, inFlight - 1);
        return new Budget(limit, reading.remaining().getAsLong() - othersInFlight,
                now + reading.untilReset().get().toNanos(), false);
    }

    private void merge(RequestFamily family, Budget observed, long now) {
        Budget known = budgets.get(family);
        if (observed.expired(now)) {
            return; // a late answer from a window that has ended
        }
        if (known == null || known.expired(now) || observed.resetNanos() > known.resetNanos() + SAME_WINDOW_NANOS) {
            budgets.put(family, observed);
        } else {
            // The same window: our estimate already counts requests still in flight; keep the lower figure.
            budgets.put(family, new Budget(observed.limit(), Math.min(known.remaining(), observed.remaining()),
                    known.resetNanos(), false));
        }
    }

    /** Forgets budgets whose window ended; a server that sends no figures gets Mastodon's assumed ones. */
    private void refresh(long now, RequestFamily family) {
        for (RequestFamily applicable : applicable(family)) {
            Budget budget = budgets.get(applicable);
            if (budget != null && budget.expired(now)) {
                budgets.remove(applicable);
                budget = null;
            }
            if (budget == null && answered && !serverSendsHeaders) {
                long[] fallback = FALLBACK.get(applicable);
                budgets.put(applicable, new Budget(fallback[0], fallback[0], now + fallback[1], true));
            }
        }
    }

    /**
     * When the request may go. Assumed budgets (a server that sends no figures) only pace; they
     * never hold a request in {@code wait} mode, which then waits only for a real 429.
     */
    private long blockedUntil(long now, RequestFamily family, RateLimitMode mode) {
        long until = now;
        for (RequestFamily applicable : applicable(family)) {
            Budget budget = budgets.get(applicable);
            boolean counts = budget != null && !(budget.assumed() && mode == RateLimitMode.WAIT);
            if (counts && budget.remaining() <= 0 && !budget.expired(now)) {
                until = Math.max(until, budget.resetNanos() + RESET_MARGIN_NANOS);
            }
        }
        return until;
    }

    private long reserveSlot(long now, RequestFamily family, double paceFactor) {
        Budget tightest = tightest(now, family);
        if (tightest == null) {
            return now;
        }
        long interval = (long) (tightest.intervalNanos(now) / paceFactor);
        long slot = nextSlotNanos == Long.MIN_VALUE ? now : Math.max(now, nextSlotNanos);
        nextSlotNanos = slot + interval;
        return slot;
    }

    private Budget tightest(long now, RequestFamily family) {
        Budget tightest = null;
        for (RequestFamily applicable : applicable(family)) {
            Budget budget = budgets.get(applicable);
            if (budget != null && !budget.expired(now)
                    && (tightest == null || budget.intervalNanos(now) > tightest.intervalNanos(now))) {
                tightest = budget;
            }
        }
        return tightest;
    }

    private void spend(RequestFamily family) {
        for (RequestFamily applicable : applicable(family)) {
            budgets.computeIfPresent(applicable, (key, budget) -> budget.spend());
        }
    }

    private static RequestFamily[] applicable(RequestFamily family) {
        return family == RequestFamily.OTHER
                ? new RequestFamily[] {RequestFamily.OTHER}
                : new RequestFamily[] {RequestFamily.OTHER, family};
    }
}
