package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

public record ListTagsForResourceResponse(
        @JsonProperty("Tags") List<Tag> tags) {}
