package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

public record DescribeStreamSummaryResponse(
        @JsonProperty("StreamDescriptionSummary") StreamDescriptionSummary streamDescriptionSummary) {
}
