// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code KMSEncryptionConfig} shape. */
public record KMSEncryptionConfig(
        @JsonProperty("AWSKMSKeyARN") String aWSKMSKeyARN) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, KMSEncryptionConfig value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "aWSKMSKeyARN" : path + ".aWSKMSKeyARN";
        v.notNull(p, value.aWSKMSKeyARN());
        v.pattern(p, value.aWSKMSKeyARN(), FirehoseShapes.AWSKMSKEY_ARN_PATTERN);
        v.length(p, value.aWSKMSKeyARN(), 1, 512);
    }
}
