package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** UpdateChannel's S3DestinationUpdateInput and S3TablesDestinationUpdateInput: the delivery interval only. */
public record DestinationUpdateInput(
        @JsonProperty("DataFreshnessInSeconds") Integer dataFreshnessInSeconds) {}
