// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ApplicationCodeConfigurationUpdate} shape. */
public record ApplicationCodeConfigurationUpdate(
        @JsonProperty("CodeContentTypeUpdate") String codeContentTypeUpdate,
        @JsonProperty("CodeContentUpdate") CodeContentUpdate codeContentUpdate) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ApplicationCodeConfigurationUpdate value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "codeContentTypeUpdate" : path + ".codeContentTypeUpdate";
        v.oneOf(p, value.codeContentTypeUpdate(), KinesisAnalyticsV2Shapes.CODE_CONTENT_TYPE);
        p = path.isEmpty() ? "codeContentUpdate" : path + ".codeContentUpdate";
        CodeContentUpdate.check(v, p, value.codeContentUpdate());
    }
}
