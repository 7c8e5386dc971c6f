package io.kinesisharness.internal.firehose.config;

import io.kinesisharness.internal.firehose.api.DestinationDescription;
import io.kinesisharness.internal.firehose.model.Secrets;

/** A delivery stream's destination as create or update leaves it: its type, its description, its secrets. */
public record Destination(DestinationKind kind, DestinationDescription description, Secrets secrets) {
}
