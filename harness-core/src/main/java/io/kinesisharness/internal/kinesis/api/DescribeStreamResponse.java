package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

public record DescribeStreamResponse(@JsonProperty("StreamDescription") StreamDescription streamDescription) {
}
