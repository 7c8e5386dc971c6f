package io.kinesisharness.internal.kinesis.api;

import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;
import java.util.regex.Pattern;

/** Member constraints shared by the Kinesis shapes, as the service model states them. */
public final class Shapes {

    /** Records may be up to 10 MiB on streams that raised their limit; each stream checks its own limit. */
    public static final int MAX_DATA_BYTES = 10 * 1024 * 1024;
    public static final Pattern STREAM_NAME = Pattern.compile("[a-zA-Z0-9_.-]+");
    public static final Pattern STREAM_ARN = Pattern.compile("arn:aws.*:kinesis:.*:\\d{12}:stream/\\S+");
    public static final Pattern SHARD_ID = Pattern.compile("[a-zA-Z0-9_.-]+");
    public static final Pattern HASH_KEY = Pattern.compile("0|([1-9]\\d{0,38})");
    public static final Pattern SEQUENCE_NUMBER = Pattern.compile("0|([1-9]\\d{0,128})");
    public static final Pattern RESOURCE_ARN = Pattern.compile("arn:aws.*:kinesis:.*:\\d{12}:.*stream/\\S+");
    public static final Pattern CHANNEL_ARN = Pattern.compile("arn:aws.*:kinesis:.*:\\d{12}:channel/\\S+");
    public static final Pattern CHANNEL_NAME = STREAM_NAME;
    public static final List<String> STREAM_MODES = List.of("PROVISIONED", "ON_DEMAND");
    public static final List<String> SCALING_TYPES = List.of("UNIFORM_SCALING");
    public static final List<String> ENCRYPTION_TYPES = List.of("NONE", "KMS");
    public static final List<String> RECORD_DISTRIBUTION_STRATEGIES = List.of("AUTO", "USER_PARTITION_KEY");
    public static final List<String> COMMITMENT_STATUSES = List.of("ENABLED", "DISABLED");
    /** The shard-level metrics in the model's order; ALL stands for every other one. */
    public static final List<String> METRICS = List.of("IncomingBytes", "IncomingRecords", "OutgoingBytes",
            "OutgoingRecords", "WriteProvisionedThroughputExceeded", "ReadProvisionedThroughputExceeded",
            "IteratorAgeMilliseconds", "ALL");
    /** In the order AWS prints them in its ValidationException (not the model's order). */
    public static final List<String> SHARD_ITERATOR_TYPES =
            List.of("AFTER_SEQUENCE_NUMBER", "LATEST", "AT_TIMESTAMP", "AT_SEQUENCE_NUMBER", "TRIM_HORIZON");
    public static final List<String> SHARD_FILTER_TYPES = List.of("AFTER_SHARD_ID", "AT_TRIM_HORIZON",
            "FROM_TRIM_HORIZON", "AT_LATEST", "AT_TIMESTAMP", "FROM_TIMESTAMP");

    private Shapes() {
    }

    public static void streamName(Validator v, String member, String name) {
        v.pattern(member, name, STREAM_NAME).length(member, name, 1, 128);
    }

    public static void streamArn(Validator v, String member, String arn) {
        v.pattern(member, arn, STREAM_ARN).length(member, arn, 1, 2048);
    }

    public static void resourceArn(Validator v, String member, String arn) {
        v.pattern(member, arn, RESOURCE_ARN).length(member, arn, 1, 2048);
    }

    public static void channelArn(Validator v, String member, String arn) {
        v.pattern(member, arn, CHANNEL_ARN).length(member, arn, 1, 2048);
    }

    public static void shardId(Validator v, String member, String id) {
        v.pattern(member, id, SHARD_ID).length(member, id, 1, 128);
    }

    public static void streamModeDetails(Validator v, String member, StreamModeDetails details) {
        if (details != null) {
            v.notNull(member + ".streamMode", details.streamMode())
                    .oneOf(member + ".streamMode", details.streamMode(), STREAM_MODES);
        }
    }
}
