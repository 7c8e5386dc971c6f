package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

public record ListStreamConsumersResponse(
        @JsonProperty("Consumers") List<Consumer> consumers,
        @JsonProperty("NextToken") String nextToken) {
}
