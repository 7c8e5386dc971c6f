package io.kinesisharness.internal.dispatch;

/** The empty output of most write operations: AWS answers them with 200 and an empty body. */
public record Empty() {
    public static final Empty INSTANCE = new Empty();
}
