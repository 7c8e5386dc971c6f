// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code PutRecordBatchInput} shape. */
public record PutRecordBatchInput(
        @JsonProperty("DeliveryStreamName") String deliveryStreamName,
        @JsonProperty("Records") List<PutRecordEntry> records) implements Validated {

    @Override
    public void validate(Validator v) {
        check(v, "", this);
    }

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, PutRecordBatchInput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "deliveryStreamName" : path + ".deliveryStreamName";
        v.notNull(p, value.deliveryStreamName());
        v.pattern(p, value.deliveryStreamName(), FirehoseShapes.DELIVERY_STREAM_NAME_PATTERN);
        v.length(p, value.deliveryStreamName(), 1, 64);
        p = path.isEmpty() ? "records" : path + ".records";
        v.notNull(p, value.records());
        v.size(p, value.records(), 1, 500);
        if (value.records() != null) {
            for (int i = 0; i < value.records().size(); i++) {
                PutRecordEntry.check(v, p + "." + (i + 1) + ".member", value.records().get(i));
            }
        }
    }
}
