// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code DocumentIdOptions} shape. */
public record DocumentIdOptions(
        @JsonProperty("DefaultDocumentIdFormat") String defaultDocumentIdFormat) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, DocumentIdOptions value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "defaultDocumentIdFormat" : path + ".defaultDocumentIdFormat";
        v.notNull(p, value.defaultDocumentIdFormat());
        v.oneOf(p, value.defaultDocumentIdFormat(), FirehoseShapes.DEFAULT_DOCUMENT_ID_FORMAT);
    }
}
