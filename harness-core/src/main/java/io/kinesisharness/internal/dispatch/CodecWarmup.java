package io.kinesisharness.internal.dispatch;

import io.kinesisharness.internal.protocol.WireFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Builds the JSON and CBOR readers of every operation on a background thread, once per JVM. Jackson's
 * introspection of the request shapes takes a noticeable share of a cold start; done while the server binds
 * its port (the machine has a second core for it), the first requests find the readers ready.
 */
public final class CodecWarmup {

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private CodecWarmup() {
    }

    public static void startOnce(OperationTable table) {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        List<Class<?>> inputs = table.operations().stream().<Class<?>>map(Operation::input).distinct().toList();
        Thread t = new Thread(() -> {
            for (Class<?> input : inputs) {
                for (WireFormat f : WireFormat.values()) {
                    f.mapper().readerFor(input);
                }
            }
        }, "kinesis-harness-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }
}
