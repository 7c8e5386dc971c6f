package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

public record ListChannelsRequest(
        @JsonProperty("StreamFilter") List<StreamFilter> streamFilter,
        @JsonProperty("MaxResults") Integer maxResults,
        @JsonProperty("NextToken") String nextToken) implements Validated {

    @Override
    public void validate(Validator v) {
        v.size("streamFilter", streamFilter, 1, 10000);
        if (streamFilter != null) {
            for (int i = 0; i < streamFilter.size(); i++) {
                String at = "streamFilter." + (i + 1) + ".member.streamARN";
                String arn = streamFilter.get(i) == null ? null : streamFilter.get(i).streamArn();
                v.notNull(at, arn);
                Shapes.streamArn(v, at, arn);
            }
        }
        v.range("maxResults", maxResults, 1, 10000);
        v.length("nextToken", nextToken, 1, 1048576);
    }
}
