package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

public record PartitionSpec(
        @JsonProperty("PartitionFields") List<PartitionField> partitionFields) {}
