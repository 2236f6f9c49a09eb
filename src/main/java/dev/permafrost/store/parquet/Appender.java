package dev.permafrost.store.parquet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.avro.generic.GenericRecord;

/**
 * Encodes rows into Parquet files on background threads, so a caller's parsing and routing
 * overlap with encoding and compression (the bulk of the work). Two lanes: statuses, the widest
 * and most frequent rows, on one thread, every other dataset on the other. A dataset always uses
 * the same lane, so its rows are appended in the order they were submitted; a full lane blocks
 * the submitter. The archive calls {@link #drain()} before it touches the files itself (commits,
 * reads), which also makes the threads' writes visible to it.
 *
 * <p>The first failure stops the work and is thrown by every later call.
 */
final class Appender {
    /** One row for one partition of one dataset. */
    record Append(DatasetStore store, Partition partition, GenericRecord row) {}

    private static final int QUEUE_BATCHES = 16;

    private final Lane[] lanes;
    private volatile Throwable failure;

    Appender(String name) {
        lanes = new Lane[] {new Lane(name + "-statuses"), new Lane(name + "-others")};
    }

    private static int lane(Dataset dataset) {
        return dataset == Dataset.STATUSES ? 0 : 1;
    }

    /** Queues a batch of appends; blocks while a lane is full. */
    void submit(List<Append> appends) throws IOException {
        if (appends.isEmpty()) {
            return;
        }
        check();
        List<List<Append>> perLane = new ArrayList<>();
        for (int i = 0; i < lanes.length; i++) {
            perLane.add(new ArrayList<>());
        }
        for (Append append : appends) {
            perLane.get(lane(append.store().dataset())).add(append);
        }
        for (int i = 0; i < lanes.length; i++) {
            if (!perLane.get(i).isEmpty()) {
                lanes[i].put(perLane.get(i));
            }
        }
    }

    /** Waits until every submitted append is done; throws the first failure, if any. */
    void drain() throws IOException {
        check();
        CountDownLatch done = new CountDownLatch(lanes.length);
        for (Lane lane : lanes) {
            lane.put(done);
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for Parquet files to be written", e);
        }
        check();
    }

    /**
     * Stops the threads and waits for them to end; queued appends are dropped (as in a killed
     * process) unless drained first, and an append under way may be cut short.
     */
    void stop() {
        for (Lane lane : lanes) {
            lane.thread.interrupt();
        }
        for (Lane lane : lanes) {
            try {
                lane.thread.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void check() throws IOException {
        Throwable cause = failure;
        if (cause != null) {
            throw new IOException("writing Parquet files failed: " + cause.getMessage(), cause);
        }
    }

    /** A queue and the thread that empties it. */
    private final class Lane {
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE_BATCHES);
        private final Thread thread;

        Lane(String name) {
            thread = new Thread(this::run, name);
            thread.setDaemon(true);
            thread.start();
        }

        void put(Object task) throws IOException {
            try {
                queue.put(task);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while queueing rows for the Parquet writer", e);
            }
        }

        private void run() {
            try {
                while (true) {
                    Object task = queue.take();
                    if (task instanceof CountDownLatch done) {
                        done.countDown();
                    } else if (failure == null) {
                        append((List<?>) task);
                    }
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }

        private void append(List<?> appends) {
            try {
                for (Object item : appends) {
                    Append append = (Append) item;
                    append.store().append(append.partition(), append.row());
                }
            } catch (IOException | RuntimeException | Error e) {
                failure = e;
            }
        }
    }
}
