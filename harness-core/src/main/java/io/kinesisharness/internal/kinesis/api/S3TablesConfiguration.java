package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;

public record S3TablesConfiguration(
        @JsonProperty("TableBucketARN") String tableBucketArn,
        @JsonProperty("Namespace") String namespace,
        @JsonProperty("TableName") String tableName,
        @JsonProperty("CompressionType") String compressionType,
        @JsonProperty("PartitionSpec") PartitionSpec partitionSpec) {}
