package io.kinesisharness.junit.kcl;

import io.kinesisharness.junit.Await;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import software.amazon.kinesis.exceptions.InvalidStateException;
import software.amazon.kinesis.exceptions.ShutdownException;
import software.amazon.kinesis.lifecycle.events.InitializationInput;
import software.amazon.kinesis.lifecycle.events.LeaseLostInput;
import software.amazon.kinesis.lifecycle.events.ProcessRecordsInput;
import software.amazon.kinesis.lifecycle.events.ShardEndedInput;
import software.amazon.kinesis.lifecycle.events.ShutdownRequestedInput;
import software.amazon.kinesis.processor.ShardRecordProcessor;
import software.amazon.kinesis.processor.ShardRecordProcessorFactory;
import software.amazon.kinesis.retrieval.KinesisClientRecord;

/**
 * What KCL workers' record processors saw, in arrival order, shared by every processor of a test: each record as
 * {@code shardId|partitionKey|data}. Processors checkpoint after every batch, at shard end and when asked to stop,
 * as an application should.
 */
final class Recorded {

    /** One record as a processor received it. */
    record Seen(String worker, String shardId, String partitionKey, String data) {
    }

    private final List<Seen> seen = new ArrayList<>();
    private volatile long firstRecordNanos;

    synchronized List<Seen> all() {
        return new ArrayList<>(seen);
    }

    synchronized List<String> data() {
        return seen.stream().map(Seen::data).toList();
    }

    long firstRecordNanos() {
        return firstRecordNanos;
    }

    private synchronized void add(Seen s) {
        if (seen.isEmpty()) {
            firstRecordNanos = System.nanoTime();
        }
        seen.add(s);
    }

    ShardRecordProcessorFactory factory(String worker) {
        return () -> new Processor(worker);
    }

    /** Waits (bounded) until the condition holds; KCL runs on its own threads and clock, so tests wait on state. */
    static void await(BooleanSupplier condition, Duration limit, String what) {
        Await.until(what, limit, condition);
    }

    private final class Processor implements ShardRecordProcessor {
        private final String worker;
        private String shardId;

        Processor(String worker) {
            this.worker = worker;
        }

        @Override
        public void initialize(InitializationInput input) {
            shardId = input.shardId();
        }

        @Override
        public void processRecords(ProcessRecordsInput input) {
            for (KinesisClientRecord r : input.records()) {
                byte[] data = new byte[r.data().remaining()];
                r.data().get(data);
                add(new Seen(worker, shardId, r.partitionKey(), new String(data, StandardCharsets.UTF_8)));
            }
            if (!input.records().isEmpty()) {
                checkpoint(() -> input.checkpointer().checkpoint());
            }
        }

        @Override
        public void leaseLost(LeaseLostInput input) {
        }

        @Override
        public void shardEnded(ShardEndedInput input) {
            checkpoint(() -> input.checkpointer().checkpoint());
        }

        @Override
        public void shutdownRequested(ShutdownRequestedInput input) {
            checkpoint(() -> input.checkpointer().checkpoint());
        }
    }

    private interface Checkpoint {
        void run() throws Exception;
    }

    private static void checkpoint(Checkpoint c) {
        try {
            c.run();
        } catch (ShutdownException | InvalidStateException e) {
            // the lease moved on; its next owner starts from the last checkpoint
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> records(String prefix, int count) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(prefix + i);
        }
        return out;
    }
}
