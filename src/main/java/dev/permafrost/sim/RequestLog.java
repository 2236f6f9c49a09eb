package dev.permafrost.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Every request the sim answered, for tests to assert on: how many a crawl needed, what headers
 * and parameters arrived. Keeps the most recent {@link SimConfig#maxRecordedRequests()} requests;
 * {@link #count()} goes on counting past that. Thread-safe.
 */
public final class RequestLog {
    private final ConcurrentLinkedDeque<RecordedRequest> requests = new ConcurrentLinkedDeque<>();
    private final AtomicLong total = new AtomicLong();
    private final AtomicInteger kept = new AtomicInteger();
    private final int capacity;

    RequestLog(int capacity) {
        this.capacity = capacity;
    }

    void add(RecordedRequest request) {
        total.incrementAndGet();
        if (capacity == 0) {
            return;
        }
        requests.addLast(request);
        if (kept.incrementAndGet() > capacity && requests.pollFirst() != null) {
            kept.decrementAndGet();
        }
    }

    /** How many requests arrived since the start or the last {@link #clear()}. */
    public long count() {
        return total.get();
    }

    /** How many kept requests match. */
    public long count(Predicate<RecordedRequest> test) {
        return requests.stream().filter(test).count();
    }

    /** The kept requests, oldest first. */
    public List<RecordedRequest> all() {
        return new ArrayList<>(requests);
    }

    /** The kept requests that match, oldest first. */
    public List<RecordedRequest> matching(Predicate<RecordedRequest> test) {
        return requests.stream().filter(test).toList();
    }

    public java.util.Optional<RecordedRequest> last() {
        return java.util.Optional.ofNullable(requests.peekLast());
    }

    public void clear() {
        requests.clear();
        kept.set(0);
        total.set(0);
    }
}
