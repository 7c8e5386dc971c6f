// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code CodeContent} shape. */
public record CodeContent(
        @JsonProperty("TextContent") String textContent,
        @JsonProperty("ZipFileContent") byte[] zipFileContent,
        @JsonProperty("S3ContentLocation") S3ContentLocation s3ContentLocation) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, CodeContent value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "textContent" : path + ".textContent";
        v.length(p, value.textContent(), 0, 102400);
        p = path.isEmpty() ? "zipFileContent" : path + ".zipFileContent";
        v.length(p, value.zipFileContent(), 0, 52428800);
        p = path.isEmpty() ? "s3ContentLocation" : path + ".s3ContentLocation";
        S3ContentLocation.check(v, p, value.s3ContentLocation());
    }
}
