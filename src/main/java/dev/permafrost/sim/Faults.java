package dev.permafrost.sim;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The schedule of injected faults: each rule applies to the next N requests whose path starts with
 * its prefix, in the order rules were added. Thread-safe.
 */
public final class Faults {
    private static final class Rule {
        final Fault fault;
        final String pathPrefix;
        int remaining;

        Rule(Fault fault, String pathPrefix, int remaining) {
            this.fault = fault;
            this.pathPrefix = pathPrefix;
            this.remaining = remaining;
        }
    }

    private final List<Rule> rules = new ArrayList<>();

    Faults() {
    }

    /** The next {@code count} requests (any path) get the fault. */
    public void next(Fault fault, int count) {
        next(fault, count, "/");
    }

    /** The next {@code count} requests whose path starts with {@code pathPrefix} get the fault. */
    public synchronized void next(Fault fault, int count, String pathPrefix) {
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(pathPrefix, "pathPrefix");
        if (count < 1) {
            throw new IllegalArgumentException("count < 1: " + count);
        }
        rules.add(new Rule(fault, pathPrefix, count));
    }

    /** Every request from now on (until {@link #clear()}) gets the fault. */
    public void always(Fault fault) {
        next(fault, Integer.MAX_VALUE, "/");
    }

    public synchronized void clear() {
        rules.clear();
    }

    /** How many fault applications are still scheduled (Integer.MAX_VALUE counts as one). */
    public synchronized int pending() {
        long total = 0;
        for (Rule rule : rules) {
            total += rule.remaining == Integer.MAX_VALUE ? 1 : rule.remaining;
        }
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    /** Takes the fault for a request to this path, if one is scheduled. */
    synchronized Optional<Fault> take(String path) {
        for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
            Rule rule = it.next();
            if (path.startsWith(rule.pathPrefix)) {
                if (rule.remaining != Integer.MAX_VALUE) {
                    rule.remaining--;
                }
                if (rule.remaining == 0) {
                    it.remove();
                }
                return Optional.of(rule.fault);
            }
        }
        return Optional.empty();
    }
}
