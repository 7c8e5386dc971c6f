package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

public record S3StorageConfiguration(
        @JsonProperty("BucketARN") String bucketArn,
        @JsonProperty("ExpectedBucketOwner") String expectedBucketOwner,
        @JsonProperty("OutputKeyTemplate") String outputKeyTemplate,
        @JsonProperty("StorageClass") String storageClass,
        @JsonProperty("CompressionType") String compressionType) {}
