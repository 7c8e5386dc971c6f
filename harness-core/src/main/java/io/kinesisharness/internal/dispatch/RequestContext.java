package io.kinesisharness.internal.dispatch;

import io.kinesisharness.internal.protocol.Scope;
import io.kinesisharness.internal.protocol.WireFormat;

/** What a handler knows about the request besides its input: who asks, where, and in which format. */
public record RequestContext(Scope scope, WireFormat format, String operation) {
}
