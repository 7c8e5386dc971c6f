package io.kinesisharness.internal.firehose.delivery;

import io.kinesisharness.internal.firehose.api.KinesisStreamSourceDescription;
import io.kinesisharness.internal.firehose.model.DeliveryStream;
import io.kinesisharness.internal.firehose.processing.ProcessingPlan;
import io.kinesisharness.internal.firehose.processing.Transformation;
import io.kinesisharness.internal.lambda.access.FunctionInvoker;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Lambda processor as a buffering step: records buffer on the processor's own hints ({@code BufferSizeInMBs},
 * {@code BufferIntervalInSeconds}) and each sealed buffer is one invocation, kept under Lambda's 6 MB payload limit.
 * An invocation that fails (the function threw or timed out) is retried {@code NumberOfRetries} times, each with a
 * new invocation id and the same record ids, backing off on the harness clock (1, 2, 4 … seconds: AWS documents the
 * retries, not their spacing); then every record goes to {@code processing-failed}. A response is final however
 * wrong: its failures are written at once, its {@code Ok} records go on to partitioning and delivery.
 */
final class LambdaSink implements Sink {

    private final Supplier<FunctionInvoker> functions;
    private final ErrorOutput errors;
    private final Consumer<List<InputRecord>> next;

    LambdaSink(Supplier<FunctionInvoker> functions, ErrorOutput errors, Consumer<List<InputRecord>> next) {
        this.functions = functions;
        this.errors = errors;
        this.next = next;
    }

    @Override
    public BufferLimits limits(DeliveryStream stream) {
        ProcessingPlan.LambdaStep step = Plans.of(stream.destination()).lambda();
        if (step == null) {
            // The processor was removed by an update: what is buffered passes straight on.
            return new BufferLimits(1, Duration.ZERO, Integer.MAX_VALUE, 0);
        }
        return new BufferLimits(step.bufferBytes(), step.interval(), Integer.MAX_VALUE, Transformation.PAYLOAD_LIMIT);
    }

    @Override
    public long weight(InputRecord record) {
        return 4L * ((record.data().length + 2) / 3) + Transformation.RECORD_OVERHEAD;
    }

    @Override
    public Outcome attempt(DeliveryStream stream, Batch batch, Instant now) {
        ProcessingPlan.LambdaStep step = Plans.of(stream.destination()).lambda();
        if (step == null) {
            next.accept(batch.records);
            return Outcome.DONE;
        }
        List<Transformation.Sent> sent = sent(batch);
        String event = Transformation.event(UUID.randomUUID().toString(), stream.arn(), sourceArn(stream),
                stream.scope().region(), sent);
        FunctionInvoker.Invocation call = functions.get().invoke(step.functionArn(), event);
        if (!call.ok()) {
            if (call.failure() != FunctionInvoker.Failure.NOT_FOUND && batch.attempts <= step.retries()) {
                return Outcome.retryAt(now.plusSeconds(1L << Math.min(batch.attempts - 1, 6)));
            }
            boolean notFound = call.failure() == FunctionInvoker.Failure.NOT_FOUND;
            List<ErrorOutput.Failed> failed = new ArrayList<>(batch.records.size());
            for (InputRecord r : batch.records) {
                failed.add(new ErrorOutput.Failed(r, notFound ? Transformation.NOT_FOUND : Transformation.FUNCTION_ERROR,
                        notFound ? Transformation.NOT_FOUND_MESSAGE : Transformation.FUNCTION_ERROR_MESSAGE,
                        batch.attempts));
            }
            errors.write(stream, ErrorOutput.PROCESSING_FAILED, failed, step.functionArn(), now);
            return Outcome.DONE;
        }
        List<Transformation.Result> results = Transformation.read(call.response(), sent);
        List<InputRecord> ok = new ArrayList<>(results.size());
        List<ErrorOutput.Failed> failed = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            Transformation.Result r = results.get(i);
            InputRecord record = batch.records.get(i);
            if (r.ok()) {
                ok.add(record.withData(r.data()).withLambdaKeys(r.partitionKeys()));
            } else if (!r.dropped()) {
                failed.add(new ErrorOutput.Failed(record, r.errorCode(), r.errorMessage(), batch.attempts));
            }
        }
        errors.write(stream, ErrorOutput.PROCESSING_FAILED, failed, step.functionArn(), now);
        if (!ok.isEmpty()) {
            next.accept(ok);
        }
        return Outcome.DONE;
    }

    /** The batch's records as sent; their ids are the batch's, so a retry sends the same ones. */
    private static List<Transformation.Sent> sent(Batch batch) {
        String base = new BigInteger(batch.requestId.replace("-", ""), 16).toString();
        List<Transformation.Sent> sent = new ArrayList<>(batch.records.size());
        for (int i = 0; i < batch.records.size(); i++) {
            InputRecord r = batch.records.get(i);
            String id = "49" + base + String.format("%06d", i);
            InputRecord.KinesisOrigin o = r.origin();
            sent.add(o == null ? new Transformation.Sent(id, r.data(), r.arrivalMillis(), null, null, null, 0)
                    : new Transformation.Sent(id, r.data(), r.arrivalMillis(), o.shardId(), o.partitionKey(),
                            o.sequenceNumber(), o.subsequenceNumber()));
        }
        return sent;
    }

    private static String sourceArn(DeliveryStream stream) {
        KinesisStreamSourceDescription k = stream.source() == null ? null
                : stream.source().kinesisStreamSourceDescription();
        return k == null ? null : k.kinesisStreamARN();
    }
}
