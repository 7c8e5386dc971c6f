package io.kinesisharness.internal.kinesis.model;

import io.kinesisharness.internal.kinesis.KinesisErrors;

/** The parts of {@code arn:aws:kinesis:REGION:ACCOUNT:stream/NAME}. */
public record StreamArn(String region, String accountId, String name) {

    public static StreamArn parse(String arn) {
        String[] parts = arn.split(":", 6);
        if (parts.length != 6 || !"kinesis".equals(parts[2]) || !parts[5].startsWith("stream/")) {
            throw KinesisErrors.INVALID_ARGUMENT.exception("Invalid StreamARN " + arn);
        }
        String resource = parts[5].substring("stream/".length());
        int slash = resource.indexOf('/');
        return new StreamArn(parts[3], parts[4], slash < 0 ? resource : resource.substring(0, slash));
    }
}
