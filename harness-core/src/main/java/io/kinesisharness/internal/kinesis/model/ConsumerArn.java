package io.kinesisharness.internal.kinesis.model;

import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.kinesis.KinesisErrors;

/**
 * The parts of {@code arn:aws:kinesis:REGION:ACCOUNT:stream/STREAM/consumer/NAME:CREATION_EPOCH_SECONDS}. The
 * creation second tells a consumer from an earlier one of the same name, as on AWS.
 */
public record ConsumerArn(Scope scope, String streamName, String consumerName, long creationSeconds) {

    private static final String CONSUMER = "/consumer/";

    public static String format(KinesisStream stream, String consumerName, long creationSeconds) {
        return stream.arn() + CONSUMER + consumerName + ":" + creationSeconds;
    }

    /** Parses an ARN that passed the model's pattern; one that still does not hold these parts names nothing. */
    public static ConsumerArn parse(String arn) {
        String[] parts = arn.split(":", 6);
        if (parts.length == 6 && parts[5].startsWith("stream/")) {
            String resource = parts[5].substring("stream/".length());
            int consumer = resource.indexOf(CONSUMER);
            int colon = resource.lastIndexOf(':');
            if (consumer > 0 && colon > consumer + CONSUMER.length()) {
                try {
                    long seconds = Long.parseLong(resource.substring(colon + 1));
                    return new ConsumerArn(new Scope(parts[4], parts[3]), resource.substring(0, consumer),
                            resource.substring(consumer + CONSUMER.length(), colon), seconds);
                } catch (NumberFormatException e) {
                    // falls through to the error below
                }
            }
        }
        throw KinesisErrors.INVALID_ARGUMENT.exception("Invalid ConsumerARN " + arn);
    }
}
