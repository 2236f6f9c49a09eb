package dev.permafrost.cli;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Stops a long command cleanly on Ctrl-C or SIGTERM. A shutdown hook raises a flag the crawl asks
 * between pages, then waits for the command to store the page in hand and close its archive.
 * A thread still busy after a grace period (waiting out a rate limit, say) is interrupted; what
 * it stored before stays, with its checkpoint, since every page is one transaction.
 */
final class StopSignal implements AutoCloseable {
    private static final Duration GRACE = Duration.ofSeconds(10);

    private final AtomicBoolean raised = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Set<Thread> workers = ConcurrentHashMap.newKeySet();
    private final Thread hook = new Thread(this::onShutdown, "permafrost-stop");
    private boolean installed;

    private StopSignal() {}

    /** A signal whose hook is installed until {@link #close()}. */
    static StopSignal install() {
        StopSignal signal = new StopSignal();
        Runtime.getRuntime().addShutdownHook(signal.hook);
        signal.installed = true;
        return signal;
    }

    /** The flag the crawl asks between pages. */
    BooleanSupplier flag() {
        return raised::get;
    }

    boolean raised() {
        return raised.get();
    }

    /** Raises the flag without a signal. */
    void raise() {
        raised.set(true);
    }

    /** A thread to interrupt when it does not stop within the grace period. */
    void enlist(Thread worker) {
        workers.add(worker);
    }

    private void onShutdown() {
        raised.set(true);
        try {
            if (!finished.await(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                workers.forEach(Thread::interrupt);
                finished.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The command has finished: the hook no longer waits, and is removed unless the JVM is already stopping. */
    @Override
    public void close() {
        finished.countDown();
        if (installed) {
            installed = false;
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException stopping) {
                // the JVM is shutting down; the hook is running and now returns
            }
        }
    }
}
