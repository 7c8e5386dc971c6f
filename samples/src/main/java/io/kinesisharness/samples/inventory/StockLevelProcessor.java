package io.kinesisharness.samples.inventory;

import software.amazon.kinesis.exceptions.InvalidStateException;
import software.amazon.kinesis.exceptions.KinesisClientLibException;
import software.amazon.kinesis.exceptions.ShutdownException;
import software.amazon.kinesis.lifecycle.events.InitializationInput;
import software.amazon.kinesis.lifecycle.events.LeaseLostInput;
import software.amazon.kinesis.lifecycle.events.ProcessRecordsInput;
import software.amazon.kinesis.lifecycle.events.ShardEndedInput;
import software.amazon.kinesis.lifecycle.events.ShutdownRequestedInput;
import software.amazon.kinesis.processor.RecordProcessorCheckpointer;
import software.amazon.kinesis.processor.ShardRecordProcessor;
import software.amazon.kinesis.retrieval.KinesisClientRecord;

/**
 * A KCL record processor for the stock-movements stream: applies each movement to {@link StockLevels}, then
 * checkpoints the batch. One instance per shard, as KCL makes them.
 */
public final class StockLevelProcessor implements ShardRecordProcessor {

    private final StockLevels levels;

    public StockLevelProcessor(StockLevels levels) {
        this.levels = levels;
    }

    @Override
    public void initialize(InitializationInput input) {
    }

    @Override
    public void processRecords(ProcessRecordsInput input) {
        for (KinesisClientRecord record : input.records()) {
            levels.apply(StockMovement.fromJson(record.data()));
        }
        checkpoint(input.checkpointer());
    }

    @Override
    public void leaseLost(LeaseLostInput input) {
        // Another worker owns the shard now and continues from the last checkpoint.
    }

    @Override
    public void shardEnded(ShardEndedInput input) {
        checkpoint(input.checkpointer());   // required, so that KCL moves on to the child shards
    }

    @Override
    public void shutdownRequested(ShutdownRequestedInput input) {
        checkpoint(input.checkpointer());
    }

    private static void checkpoint(RecordProcessorCheckpointer checkpointer) {
        try {
            checkpointer.checkpoint();
        } catch (ShutdownException | InvalidStateException e) {
            // The lease was lost meanwhile: its next owner re-reads from the previous checkpoint, and
            // StockLevels applies each movement at most once.
        } catch (KinesisClientLibException e) {
            throw new IllegalStateException("Checkpoint failed", e);   // KCL retries the batch
        }
    }
}
