package io.kinesisharness.internal.kinesis;

/** Stream lifecycle states as AWS names them. */
enum StreamStatus {
    CREATING, DELETING, ACTIVE, UPDATING
}
