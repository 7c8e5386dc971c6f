// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ApplicationCodeConfiguration} shape. */
public record ApplicationCodeConfiguration(
        @JsonProperty("CodeContent") CodeContent codeContent,
        @JsonProperty("CodeContentType") String codeContentType) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ApplicationCodeConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "codeContent" : path + ".codeContent";
        CodeContent.check(v, p, value.codeContent());
        p = path.isEmpty() ? "codeContentType" : path + ".codeContentType";
        v.notNull(p, value.codeContentType());
        v.oneOf(p, value.codeContentType(), KinesisAnalyticsV2Shapes.CODE_CONTENT_TYPE);
    }
}
