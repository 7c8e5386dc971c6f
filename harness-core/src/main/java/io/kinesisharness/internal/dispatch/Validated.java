package io.kinesisharness.internal.dispatch;

/** A request whose members have shape constraints, checked before its handler runs. */
public interface Validated {

    void validate(Validator v);
}
