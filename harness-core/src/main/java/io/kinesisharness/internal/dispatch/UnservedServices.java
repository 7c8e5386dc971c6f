package io.kinesisharness.internal.dispatch;

import java.util.Map;

/**
 * AWS services that share the JSON protocols' {@code X-Amz-Target} front door but that this harness does not serve
 * (yet): a call to one is refused as AWS refuses an unknown operation, with a message naming what is missing, so a
 * test sees at once why it failed instead of an anonymous {@code UnknownOperationException}.
 */
final class UnservedServices {

    private static final Map<String, String> BY_TARGET_PREFIX = Map.of(
            "DynamoDBStreams_20120810", "DynamoDB Streams",
            "KinesisAnalytics_20150814", "Kinesis Data Analytics for SQL applications",
            "KinesisAnalytics_20180523", "Managed Service for Apache Flink (Kinesis Data Analytics v2)",
            "Logs_20140328", "CloudWatch Logs",
            "TrentService", "AWS KMS",
            "AmazonSQS", "Amazon SQS",
            "AWSGlue", "AWS Glue",
            "secretsmanager", "AWS Secrets Manager");

    private UnservedServices() {
    }

    /** The message for a target of a service not served here, or null when the target names no such service. */
    static String message(String target) {
        if (target == null) {
            return null;
        }
        int dot = target.indexOf('.');
        String name = BY_TARGET_PREFIX.get(dot < 0 ? target : target.substring(0, dot));
        return name == null ? null : "Kinesis Harness does not serve " + name + " (" + target + ")";
    }
}
