// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.time.Instant;

/** AWS's {@code MSKSourceConfiguration} shape. */
public record MSKSourceConfiguration(
        @JsonProperty("MSKClusterARN") String mSKClusterARN,
        @JsonProperty("TopicName") String topicName,
        @JsonProperty("AuthenticationConfiguration") AuthenticationConfiguration authenticationConfiguration,
        @JsonProperty("ReadFromTimestamp") Instant readFromTimestamp) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, MSKSourceConfiguration value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "mSKClusterARN" : path + ".mSKClusterARN";
        v.notNull(p, value.mSKClusterARN());
        v.pattern(p, value.mSKClusterARN(), FirehoseShapes.MSKCLUSTER_ARN_PATTERN);
        v.length(p, value.mSKClusterARN(), 1, 512);
        p = path.isEmpty() ? "topicName" : path + ".topicName";
        v.notNull(p, value.topicName());
        v.pattern(p, value.topicName(), FirehoseShapes.TOPIC_NAME_PATTERN);
        v.length(p, value.topicName(), 1, 255);
        p = path.isEmpty() ? "authenticationConfiguration" : path + ".authenticationConfiguration";
        v.notNull(p, value.authenticationConfiguration());
        AuthenticationConfiguration.check(v, p, value.authenticationConfiguration());
    }
}
