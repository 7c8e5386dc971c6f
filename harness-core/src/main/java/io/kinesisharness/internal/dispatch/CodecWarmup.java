package io.kinesisharness.internal.dispatch;

import io.kinesisharness.internal.faults.FaultInjector;
import io.kinesisharness.internal.protocol.WireFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Warms the request path on a background thread, once per JVM, while the server binds its port (there is a
 * second core for it): first a read-only ListStreams through the whole dispatcher in JSON and CBOR (what
 * readiness probes and most clients send first), then the readers of every other operation. Class loading
 * and Jackson's introspection otherwise land on the first requests.
 */
public final class CodecWarmup {

    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final String WARMUP_ACCOUNT = "999999999999";

    private CodecWarmup() {
    }

    /**
     * @param table the harness's operations; the warm-up call goes through its own dispatcher with no fault
     *     rules, in an account of its own, so it can neither use up a test's fault nor its throttling budget
     */
    public static void startOnce(OperationTable table, String region) {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Dispatcher dispatcher = new Dispatcher(table, WARMUP_ACCOUNT, region, new FaultInjector());
        List<Class<?>> inputs = table.operations().stream().<Class<?>>map(Operation::input).distinct().toList();
        String authorization = "AWS4-HMAC-SHA256 Credential=" + WARMUP_ACCOUNT + "/20260101/" + region
                + "/kinesis/aws4_request, SignedHeaders=host, Signature=0";
        Thread t = new Thread(() -> {
            encode(dispatcher.dispatch(new Dispatcher.Call("Kinesis_20131202.ListStreams",
                    WireFormat.JSON.contentType(), authorization, true, new byte[] {'{', '}'})));
            encode(dispatcher.dispatch(new Dispatcher.Call("Kinesis_20131202.ListStreams",
                    WireFormat.CBOR.contentType(), authorization, true, new byte[] {(byte) 0xa0})));
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

    private static void encode(AwsReply reply) {
        if (reply.writer() != null) {
            try {
                reply.writer().writeTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
