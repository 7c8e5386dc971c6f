package io.kinesisharness.internal.kinesis.api;

import io.kinesisharness.internal.dispatch.Validator;
import java.util.regex.Pattern;

/** Member constraints of the enhanced fan-out shapes, as the service model states them. */
public final class ConsumerShapes {

    public static final Pattern CONSUMER_NAME = Pattern.compile("[a-zA-Z0-9_.-]+");
    public static final Pattern CONSUMER_ARN = Pattern.compile(
            "^(arn):aws.*:kinesis:.*:\\d{12}:.*stream\\/[a-zA-Z0-9_.-]+\\/consumer\\/[a-zA-Z0-9_.-]+:[0-9]+");

    private ConsumerShapes() {
    }

    public static void consumerName(Validator v, String member, String name) {
        v.pattern(member, name, CONSUMER_NAME).length(member, name, 1, 128);
    }

    public static void consumerArn(Validator v, String member, String arn) {
        v.pattern(member, arn, CONSUMER_ARN).length(member, arn, 1, 2048);
    }
}
