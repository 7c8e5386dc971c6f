package io.kinesisharness.internal.kinesis.model;

/** Stream lifecycle states as AWS names them. */
public enum StreamStatus {
    CREATING, DELETING, ACTIVE, UPDATING
}
