package io.kinesisharness.internal.firehose.model;

import java.time.Instant;

/**
 * A delivery stream's server-side encryption as Start/StopDeliveryStreamEncryption leave it: the status they set
 * (ENABLING, DISABLING) turns into ENABLED or DISABLED once the harness clock passes {@code settledAt}.
 *
 * @param requested ENABLED or DISABLED: where the last start or stop is heading
 * @param keyType AWS_OWNED_CMK or CUSTOMER_MANAGED_CMK, null when never enabled
 */
public record EncryptionState(String requested, String keyType, String keyArn, Instant settledAt) {

    public static final EncryptionState DISABLED = new EncryptionState("DISABLED", null, null, Instant.MIN);

    public String status(Instant now) {
        if (now.isBefore(settledAt)) {
            return "ENABLED".equals(requested) ? "ENABLING" : "DISABLING";
        }
        return requested;
    }

    /** Whether records put now are stored encrypted ({@code Encrypted} in put answers). */
    public boolean encrypts(Instant now) {
        return "ENABLED".equals(status(now));
    }
}
