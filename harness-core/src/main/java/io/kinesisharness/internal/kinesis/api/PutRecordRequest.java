package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

public record PutRecordRequest(
        @JsonProperty("StreamName") String streamName,
        @JsonProperty("Data") byte[] data,
        @JsonProperty("PartitionKey") String partitionKey,
        @JsonProperty("ExplicitHashKey") String explicitHashKey,
        @JsonProperty("SequenceNumberForOrdering") String sequenceNumberForOrdering,
        @JsonProperty("StreamARN") String streamArn,
        @JsonProperty("StreamId") String streamId,
        @JsonProperty("DryRun") Boolean dryRun) implements StreamTarget, Validated {

    @Override
    public void validate(Validator v) {
        v.pattern("sequenceNumberForOrdering", sequenceNumberForOrdering, Shapes.SEQUENCE_NUMBER);
        v.notNull("partitionKey", partitionKey).length("partitionKey", partitionKey, 1, 256);
        v.pattern("explicitHashKey", explicitHashKey, Shapes.HASH_KEY);
        v.notNull("data", data).length("data", data, 0, Shapes.MAX_DATA_BYTES);
        Shapes.streamName(v, "streamName", streamName);
        Shapes.streamArn(v, "streamARN", streamArn);
    }
}
