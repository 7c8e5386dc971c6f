// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code ListDeliveryStreamsOutput} shape. */
public record ListDeliveryStreamsOutput(
        @JsonProperty("DeliveryStreamNames") List<String> deliveryStreamNames,
        @JsonProperty("HasMoreDeliveryStreams") Boolean hasMoreDeliveryStreams) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ListDeliveryStreamsOutput value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "deliveryStreamNames" : path + ".deliveryStreamNames";
        v.notNull(p, value.deliveryStreamNames());
        v.elementLengths(p, value.deliveryStreamNames(), 1, 64);
        p = path.isEmpty() ? "hasMoreDeliveryStreams" : path + ".hasMoreDeliveryStreams";
        v.notNull(p, value.hasMoreDeliveryStreams());
    }
}
