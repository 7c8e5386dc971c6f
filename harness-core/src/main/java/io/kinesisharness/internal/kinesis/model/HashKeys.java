package io.kinesisharness.internal.kinesis.model;

import io.kinesisharness.internal.kinesis.KinesisErrors;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Where a record goes: MD5 of the partition key as an unsigned 128-bit integer, or the explicit hash key. */
public final class HashKeys {

    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by the Java platform", e);
        }
    });

    private HashKeys() {
    }

    public static HashKey of(String partitionKey, String explicitHashKey) {
        if (explicitHashKey != null) {
            BigInteger key = new BigInteger(explicitHashKey);
            if (key.signum() < 0 || key.compareTo(KinesisStream.MAX_HASH_KEY) > 0) {
                throw KinesisErrors.INVALID_ARGUMENT.exception("Invalid ExplicitHashKey. ExplicitHashKey must be in the "
                        + "range: [0, 2^128-1]. Specified value was " + explicitHashKey);
            }
            return HashKey.of(key);
        }
        return HashKey.of(MD5.get().digest(partitionKey.getBytes(StandardCharsets.UTF_8)));
    }
}
