package io.kinesisharness.internal.firehose.delivery;

/** A destination refused or could not take a delivery: AWS's error code for it and the message AWS would log. */
public final class DeliveryFailure extends RuntimeException {

    private final String code;

    public DeliveryFailure(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
