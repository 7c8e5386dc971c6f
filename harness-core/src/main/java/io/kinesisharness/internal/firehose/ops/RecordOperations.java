package io.kinesisharness.internal.firehose.ops;

import io.kinesisharness.internal.dispatch.RequestContext;
import io.kinesisharness.internal.firehose.FirehoseErrors;
import io.kinesisharness.internal.firehose.api.PutRecordBatchInput;
import io.kinesisharness.internal.firehose.api.PutRecordBatchOutput;
import io.kinesisharness.internal.firehose.api.PutRecordBatchResponseEntry;
import io.kinesisharness.internal.firehose.api.PutRecordEntry;
import io.kinesisharness.internal.firehose.api.PutRecordInput;
import io.kinesisharness.internal.firehose.api.PutRecordOutput;
import io.kinesisharness.internal.firehose.delivery.Deliveries;
import io.kinesisharness.internal.firehose.delivery.InputRecord;
import io.kinesisharness.internal.firehose.delivery.Plans;
import io.kinesisharness.internal.firehose.model.DeliveryStream;
import io.kinesisharness.internal.firehose.model.FirehoseEngine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** PutRecord and PutRecordBatch: records into a DirectPut stream's buffers. */
public final class RecordOperations {

    /** "The PutRecordBatch request ... can contain up to 4 MB" (AWS's limit on the whole call). */
    public static final int MAX_BATCH_BYTES = 4 * 1024 * 1024;
    private static final int RECORD_ID_BYTES = 168;
    /** AWS's message for a put over the stream's quota (recorded in a PutRecordBatch answer). */
    private static final String SLOW_DOWN = "Slow down.";

    /** AWS's answer to a direct put into a stream that decompresses CloudWatch Logs subscriptions. */
    private static final String ONLY_CLOUDWATCH_LOGS =
            "Only requests from CloudWatch Logs are supported when CloudWatch Logs decompression is enabled.";

    private final FirehoseEngine engine;
    private final Deliveries deliveries;

    public RecordOperations(FirehoseEngine engine, Deliveries deliveries) {
        this.engine = engine;
        this.deliveries = deliveries;
    }

    public PutRecordOutput putRecord(RequestContext ctx, PutRecordInput in) {
        Instant now = engine.now();
        DeliveryStream stream = writable(ctx, in.deliveryStreamName(), now);
        if (engine.throttling() && (!stream.putLimits().admitCall(now.toEpochMilli())
                || !stream.putLimits().admitRecord(in.record_().data().length, now.toEpochMilli()))) {
            throw FirehoseErrors.SERVICE_UNAVAILABLE.exception(SLOW_DOWN);
        }
        deliveries.put(stream, List.of(new InputRecord(in.record_().data(), now.toEpochMilli(), null)));
        return new PutRecordOutput(recordId(), stream.encryption().encrypts(now));
    }

    public PutRecordBatchOutput putRecordBatch(RequestContext ctx, PutRecordBatchInput in) {
        Instant now = engine.now();
        DeliveryStream stream = writable(ctx, in.deliveryStreamName(), now);
        long total = 0;
        for (PutRecordEntry e : in.records()) {
            total += e.data().length;
        }
        if (total > MAX_BATCH_BYTES) {
            throw FirehoseErrors.INVALID_ARGUMENT.exception("Records size exceeds 4 MB limit");
        }
        boolean limited = engine.throttling();
        if (limited && !stream.putLimits().admitCall(now.toEpochMilli())) {
            throw FirehoseErrors.SERVICE_UNAVAILABLE.exception(SLOW_DOWN);
        }
        List<PutRecordBatchResponseEntry> responses = new ArrayList<>(in.records().size());
        List<InputRecord> accepted = new ArrayList<>(in.records().size());
        int failed = 0;
        for (PutRecordEntry e : in.records()) {
            // Each entry is judged alone, as AWS does: one over the stream's quota fails, the others are taken.
            if (ctx.entryFails() || limited && !stream.putLimits().admitRecord(e.data().length, now.toEpochMilli())) {
                failed++;
                responses.add(new PutRecordBatchResponseEntry(null, "ServiceUnavailableException", SLOW_DOWN));
            } else {
                accepted.add(new InputRecord(e.data(), now.toEpochMilli(), null));
                responses.add(new PutRecordBatchResponseEntry(recordId(), null, null));
            }
        }
        deliveries.put(stream, accepted);
        return new PutRecordBatchOutput(failed, stream.encryption().encrypts(now), responses);
    }

    /** A DirectPut stream that takes records: ACTIVE, or DELETING (which takes them and delivers nothing). */
    private DeliveryStream writable(RequestContext ctx, String name, Instant now) {
        DeliveryStream stream = engine.streams().get(ctx.scope(), name, now);
        if (!stream.isDirectPut()) {
            throw FirehoseErrors.INVALID_ARGUMENT.exception("This operation is not permitted on " + stream.type()
                    + " delivery stream type.");
        }
        if ("CREATING".equals(stream.status(now))) {
            throw FirehoseErrors.notFound(name, ctx.scope());
        }
        if (Plans.decompresses(stream.destination())) {
            throw FirehoseErrors.INVALID_SOURCE.exception(ONLY_CLOUDWATCH_LOGS);
        }
        return stream;
    }

    /** Opaque, 224 base64 characters, as AWS's are. */
    private static String recordId() {
        byte[] id = new byte[RECORD_ID_BYTES];
        ThreadLocalRandom.current().nextBytes(id);
        return Base64.getEncoder().withoutPadding().encodeToString(id);
    }
}
