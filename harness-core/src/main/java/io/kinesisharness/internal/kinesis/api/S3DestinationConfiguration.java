package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Also the S3DestinationDescription of a channel, which has the same members. */
public record S3DestinationConfiguration(
        @JsonProperty("DataFreshnessInSeconds") Integer dataFreshnessInSeconds,
        @JsonProperty("DeadLetterQueueS3Configuration") DeadLetterQueueS3Configuration deadLetterQueueS3Configuration,
        @JsonProperty("StorageConfiguration") S3StorageConfiguration storageConfiguration) {}
