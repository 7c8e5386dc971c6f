package io.kinesisharness.kinesis;

import static io.kinesisharness.kinesis.support.AwsErrors.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.model.DryRunOperationException;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/** DryRun on the data plane: every check of the real call, then DryRunOperationException and no effect. */
abstract class DryRunContract extends KinesisContract {

    private static final String SUCCEEDED = "Request would have succeeded, but DryRun flag is set.";

    @Test
    void dry_run_puts_write_nothing() {
        createStream("s", 1);

        expectError(DryRunOperationException.class, SUCCEEDED, () -> kinesis.putRecord(b -> b.streamName("s")
                .partitionKey("k").data(SdkBytes.fromUtf8String("x")).dryRun(true)));
        expectError(DryRunOperationException.class, SUCCEEDED, () -> kinesis.putRecords(b -> b.streamName("s")
                .records(PutRecordsRequestEntry.builder().partitionKey("k").data(SdkBytes.fromUtf8String("x"))
                        .build()).dryRun(true)));

        assertThat(readAll("s", shardId(0))).isEmpty();
    }

    @Test
    void dry_run_reads_check_the_stream_and_the_iterator() {
        createStream("s", 1);
        String it = iterator("s", shardId(0), ShardIteratorType.TRIM_HORIZON);

        expectError(DryRunOperationException.class, SUCCEEDED, () -> kinesis.getShardIterator(b -> b.streamName("s")
                .shardId(shardId(0)).shardIteratorType(ShardIteratorType.LATEST).dryRun(true)));
        expectError(DryRunOperationException.class, SUCCEEDED,
                () -> kinesis.getRecords(b -> b.shardIterator(it).dryRun(true)));
        expectError(ResourceNotFoundException.class, "Stream ghost under account " + ACCOUNT + " not found.",
                () -> kinesis.putRecord(b -> b.streamName("ghost").partitionKey("k")
                        .data(SdkBytes.fromUtf8String("x")).dryRun(true)));
    }
}
