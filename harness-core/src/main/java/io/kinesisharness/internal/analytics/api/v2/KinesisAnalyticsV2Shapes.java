// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.analytics.api.v2;

import java.util.List;
import java.util.regex.Pattern;

/** Patterns and enum value sets of AWS's KinesisAnalyticsV2 model, as its Coral layer prints them. */
public final class KinesisAnalyticsV2Shapes {

    public static final Pattern APPLICATION_MAINTENANCE_WINDOW_START_TIME_PATTERN = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
    public static final Pattern APPLICATION_NAME_PATTERN = Pattern.compile("[a-zA-Z0-9_.-]+");
    public static final Pattern BASE_PATH_PATTERN = Pattern.compile("[a-zA-Z0-9/!-_.*'()]+");
    public static final Pattern BUCKET_ARN_PATTERN = Pattern.compile("arn:.*");
    public static final Pattern CONDITIONAL_TOKEN_PATTERN = Pattern.compile("[a-zA-Z0-9-_+/=]+");
    public static final Pattern DATABASE_ARN_PATTERN = Pattern.compile("arn:.*");
    public static final Pattern ID_PATTERN = Pattern.compile("[a-zA-Z0-9_.-]+");
    public static final Pattern IN_APP_STREAM_NAME_PATTERN = Pattern.compile("[^-\\s<>&]*");
    public static final Pattern KINESIS_ANALYTICS_ARN_PATTERN = Pattern.compile("arn:.*");
    public static final Pattern LOG_STREAM_ARN_PATTERN = Pattern.compile("arn:.*");
    public static final Pattern MAVEN_ARTIFACT_ID_PATTERN = Pattern.compile("[a-zA-Z0-9_.-]+");
    public static final Pattern MAVEN_GROUP_ID_PATTERN = Pattern.compile("[a-zA-Z0-9_.-]+");
    public static final Pattern MAVEN_VERSION_PATTERN = Pattern.compile("[a-zA-Z0-9_.-]+");
    public static final Pattern RECORD_COLUMN_NAME_PATTERN = Pattern.compile("[^-\\s<>&]*");
    public static final Pattern RECORD_ENCODING_PATTERN = Pattern.compile("UTF-8");
    public static final Pattern RECORD_ROW_PATH_PATTERN = Pattern.compile("^(?=^\\$)(?=^\\S+$).*$");
    public static final Pattern RESOURCE_ARN_PATTERN = Pattern.compile("arn:.*");
    public static final Pattern ROLE_ARN_PATTERN = Pattern.compile("arn:.*");
    public static final Pattern SNAPSHOT_NAME_PATTERN = Pattern.compile("[a-zA-Z0-9_.-]+");
    public static final List<String> APPLICATION_MODE = List.of("STREAMING", "INTERACTIVE");
    public static final List<String> APPLICATION_RESTORE_TYPE = List.of("SKIP_RESTORE_FROM_SNAPSHOT", "RESTORE_FROM_LATEST_SNAPSHOT", "RESTORE_FROM_CUSTOM_SNAPSHOT");
    public static final List<String> ARTIFACT_TYPE = List.of("UDF", "DEPENDENCY_JAR");
    public static final List<String> CODE_CONTENT_TYPE = List.of("PLAINTEXT", "ZIPFILE");
    public static final List<String> CONFIGURATION_TYPE = List.of("DEFAULT", "CUSTOM");
    public static final List<String> INPUT_STARTING_POSITION = List.of("NOW", "TRIM_HORIZON", "LAST_STOPPED_POINT");
    public static final List<String> KEY_TYPE = List.of("AWS_OWNED_KEY", "CUSTOMER_MANAGED_KEY");
    public static final List<String> LOG_LEVEL = List.of("INFO", "WARN", "ERROR", "DEBUG");
    public static final List<String> METRICS_LEVEL = List.of("APPLICATION", "TASK", "OPERATOR", "PARALLELISM");
    public static final List<String> OPERATION_STATUS = List.of("IN_PROGRESS", "CANCELLED", "SUCCESSFUL", "FAILED");
    public static final List<String> RECORD_FORMAT_TYPE = List.of("JSON", "CSV");
    public static final List<String> RUNTIME_ENVIRONMENT = List.of("SQL-1_0", "FLINK-1_6", "FLINK-1_8", "ZEPPELIN-FLINK-1_0", "FLINK-1_11", "FLINK-1_13", "ZEPPELIN-FLINK-2_0", "FLINK-1_15", "ZEPPELIN-FLINK-3_0", "FLINK-1_18", "FLINK-1_19", "FLINK-1_20", "FLINK-2_2");
    public static final List<String> URL_TYPE = List.of("FLINK_DASHBOARD_URL", "ZEPPELIN_UI_URL");

    private KinesisAnalyticsV2Shapes() {
    }
}
