package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

public record DeadLetterQueueS3Configuration(
        @JsonProperty("BucketARN") String bucketArn,
        @JsonProperty("ExpectedBucketOwner") String expectedBucketOwner,
        @JsonProperty("ErrorOutputPrefix") String errorOutputPrefix) {}
