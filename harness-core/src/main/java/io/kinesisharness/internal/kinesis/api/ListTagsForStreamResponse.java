package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

public record ListTagsForStreamResponse(
        @JsonProperty("Tags") List<Tag> tags,
        @JsonProperty("HasMoreTags") boolean hasMoreTags) {}
