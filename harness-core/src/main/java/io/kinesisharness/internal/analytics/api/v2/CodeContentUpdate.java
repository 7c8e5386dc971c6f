// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code CodeContentUpdate} shape. */
public record CodeContentUpdate(
        @JsonProperty("TextContentUpdate") String textContentUpdate,
        @JsonProperty("ZipFileContentUpdate") byte[] zipFileContentUpdate,
        @JsonProperty("S3ContentLocationUpdate") S3ContentLocationUpdate s3ContentLocationUpdate) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, CodeContentUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "textContentUpdate" : path + ".textContentUpdate";
        v.length(p, value.textContentUpdate(), 0, 102400);
        p = path.isEmpty() ? "zipFileContentUpdate" : path + ".zipFileContentUpdate";
        v.length(p, value.zipFileContentUpdate(), 0, 52428800);
        p = path.isEmpty() ? "s3ContentLocationUpdate" : path + ".s3ContentLocationUpdate";
        S3ContentLocationUpdate.check(v, p, value.s3ContentLocationUpdate());
    }
}
