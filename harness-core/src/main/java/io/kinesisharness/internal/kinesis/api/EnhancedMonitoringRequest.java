package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** The input of EnableEnhancedMonitoring and DisableEnhancedMonitoring. */
public record EnhancedMonitoringRequest(
        @JsonProperty("StreamName") String streamName,
        @JsonProperty("ShardLevelMetrics") List<String> shardLevelMetrics,
        @JsonProperty("StreamARN") String streamArn,
        @JsonProperty("StreamId") String streamId) implements StreamTarget, Validated {

    @Override
    public void validate(Validator v) {
        v.notNull("shardLevelMetrics", shardLevelMetrics).size("shardLevelMetrics", shardLevelMetrics, 1, 7)
                .elementsOneOf("shardLevelMetrics", shardLevelMetrics, Shapes.METRICS);
        Shapes.streamName(v, "streamName", streamName);
        Shapes.streamArn(v, "streamARN", streamArn);
    }
}
