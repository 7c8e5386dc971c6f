package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.Map;

public record CreateStreamRequest(
        @JsonProperty("StreamName") String streamName,
        @JsonProperty("ShardCount") Integer shardCount,
        @JsonProperty("StreamModeDetails") StreamModeDetails streamModeDetails,
        @JsonProperty("Tags") Map<String, String> tags,
        @JsonProperty("WarmThroughputMiBps") Integer warmThroughputMiBps,
        @JsonProperty("MaxRecordSizeInKiB") Integer maxRecordSizeInKiB,
        @JsonProperty("RecordDistributionStrategy") String recordDistributionStrategy) implements Validated {

    @Override
    public void validate(Validator v) {
        v.range("shardCount", shardCount, 1, Integer.MAX_VALUE);
        v.notNull("streamName", streamName);
        Shapes.streamName(v, "streamName", streamName);
        Shapes.streamModeDetails(v, "streamModeDetails", streamModeDetails);
        v.size("tags", tags, 1, 200).entryLengths("tags", tags, 1, 128, 0, 256);
        v.range("warmThroughputMiBps", warmThroughputMiBps, 0, Integer.MAX_VALUE);
        v.range("maxRecordSizeInKiB", maxRecordSizeInKiB, 1024, 10240);
        v.oneOf("recordDistributionStrategy", recordDistributionStrategy, Shapes.RECORD_DISTRIBUTION_STRATEGIES);
    }
}
