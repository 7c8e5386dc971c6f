package io.kinesisharness.internal.dispatch;

import io.kinesisharness.internal.errors.ErrorCatalog;
import io.kinesisharness.internal.faults.FaultInjector;
import io.kinesisharness.internal.protocol.awsjson.WireFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Warms a service's request path on a background thread, once per JVM and service, while the harness goes on
 * starting: first the calls the service names (Kinesis: a read-only ListStreams in JSON and CBOR, what readiness
 * probes and most clients send first) through the whole dispatcher, then the readers of every other input.
 * Class loading and Jackson's introspection otherwise land on the first requests.
 */
public final class CodecWarmup {

    private static final Set<String> STARTED = ConcurrentHashMap.newKeySet();
    /** An account of its own, so a warm-up call neither uses up a test's fault nor its throttling budget. */
    public static final String WARMUP_ACCOUNT = "999999999999";

    private CodecWarmup() {
    }

    /** The SigV4 header a warm-up call carries. */
    public static String authorization(String region, String signingName) {
        return "AWS4-HMAC-SHA256 Credential=" + WARMUP_ACCOUNT + "/20260101/" + region + "/" + signingName
                + "/aws4_request, SignedHeaders=host, Signature=0";
    }

    /**
     * @param table the harness's operations; the calls go through a dispatcher of their own with no fault rules
     */
    public static void startOnce(String service, OperationTable table, List<Dispatcher.Call> calls, String region,
            ErrorCatalog errors) {
        if (!STARTED.add(service)) {
            return;
        }
        Dispatcher dispatcher = new Dispatcher(table, WARMUP_ACCOUNT, region, new FaultInjector(errors));
        List<Class<?>> inputs = table.operations().stream().filter(op -> op.service().equals(service))
                .<Class<?>>map(Operation::input).distinct().toList();
        Thread t = new Thread(() -> {
            for (Dispatcher.Call call : calls) {
                encode(dispatcher.dispatch(call));
            }
            for (Class<?> input : inputs) {
                for (WireFormat f : WireFormat.values()) {
                    f.mapper().readerFor(input);
                }
            }
        }, "kinesis-harness-warmup-" + service);
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
