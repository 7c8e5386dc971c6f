package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

public record ListStreamsResponse(
        @JsonProperty("StreamNames") List<String> streamNames,
        @JsonProperty("HasMoreStreams") boolean hasMoreStreams,
        @JsonProperty("NextToken") String nextToken,
        @JsonProperty("StreamSummaries") List<StreamSummary> streamSummaries) {
}
