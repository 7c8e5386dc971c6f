package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

public record PutRecordsRequest(
        @JsonProperty("Records") List<PutRecordsRequestEntry> records,
        @JsonProperty("StreamName") String streamName,
        @JsonProperty("StreamARN") String streamArn,
        @JsonProperty("StreamId") String streamId,
        @JsonProperty("DryRun") Boolean dryRun) implements StreamTarget, Validated {

    @Override
    public void validate(Validator v) {
        v.notNull("records", records).size("records", records, 1, 500);
        if (records != null) {
            for (int i = 0; i < records.size(); i++) {
                PutRecordsRequestEntry e = records.get(i);
                if (plainlyValid(e)) {
                    // Up to 500 entries a call: the member paths below are only worth building for a bad one.
                    continue;
                }
                String at = "records." + (i + 1) + ".member.";
                if (e == null) {
                    v.notNull("records." + (i + 1) + ".member", null);
                    continue;
                }
                v.notNull(at + "partitionKey", e.partitionKey()).length(at + "partitionKey", e.partitionKey(), 1, 256);
                v.pattern(at + "explicitHashKey", e.explicitHashKey(), Shapes.HASH_KEY);
                v.notNull(at + "data", e.data()).length(at + "data", e.data(), 0, Shapes.MAX_DATA_BYTES);
            }
        }
        Shapes.streamName(v, "streamName", streamName);
        Shapes.streamArn(v, "streamARN", streamArn);
    }

    /** True when an entry passes every check below; false sends it through them to word the failures. */
    private static boolean plainlyValid(PutRecordsRequestEntry e) {
        if (e == null || e.partitionKey() == null || e.data() == null || e.explicitHashKey() != null) {
            return false;
        }
        int keyChars = e.partitionKey().length();
        // 1 to 256 chars always means 1 to 256 code points (a surrogate pair is two chars, one code point).
        return keyChars >= 1 && keyChars <= 256 && e.data().length <= Shapes.MAX_DATA_BYTES;
    }
}
