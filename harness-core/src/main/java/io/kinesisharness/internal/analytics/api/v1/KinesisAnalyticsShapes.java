// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v1;

import java.util.List;
import java.util.regex.Pattern;

/** Patterns and enum value sets of AWS's KinesisAnalytics model, as its Coral layer prints them. */
public final class KinesisAnalyticsShapes {

    public static final Pattern APPLICATION_NAME_PATTERN = Pattern.compile("[a-zA-Z0-9_.-]+");
    public static final Pattern BUCKET_ARN_PATTERN = Pattern.compile("arn:.*");
    public static final Pattern ID_PATTERN = Pattern.compile("[a-zA-Z0-9_.-]+");
    public static final Pattern KINESIS_ANALYTICS_ARN_PATTERN = Pattern.compile("arn:aws:kinesisanalytics:[a-z]{2}-[a-z]+-\\d{1}+:\\d{12}+:application/[a-zA-Z0-9_.-]{1,128}");
    public static final Pattern LOG_STREAM_ARN_PATTERN = Pattern.compile("arn:.*");
    public static final Pattern RECORD_ENCODING_PATTERN = Pattern.compile("UTF-8");
    public static final Pattern RESOURCE_ARN_PATTERN = Pattern.compile("arn:.*");
    public static final Pattern ROLE_ARN_PATTERN = Pattern.compile("arn:aws:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+");
    public static final List<String> INPUT_STARTING_POSITION = List.of("NOW", "TRIM_HORIZON", "LAST_STOPPED_POINT");
    public static final List<String> RECORD_FORMAT_TYPE = List.of("JSON", "CSV");

    private KinesisAnalyticsShapes() {
    }
}
