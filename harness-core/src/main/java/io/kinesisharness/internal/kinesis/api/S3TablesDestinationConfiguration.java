package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Also the S3TablesDestinationDescription of a channel, which has the same members. */
public record S3TablesDestinationConfiguration(
        @JsonProperty("DataFreshnessInSeconds") Integer dataFreshnessInSeconds,
        @JsonProperty("DeadLetterQueueS3Configuration") DeadLetterQueueS3Configuration deadLetterQueueS3Configuration,
        @JsonProperty("S3TablesConfigurationList") List<S3TablesConfiguration> s3TablesConfigurationList) {}
