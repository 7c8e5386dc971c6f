package io.kinesisharness.internal.kinesis.ops;

import io.kinesisharness.internal.dispatch.Empty;
import io.kinesisharness.internal.dispatch.RequestContext;
import io.kinesisharness.internal.kinesis.KinesisErrors;
import io.kinesisharness.internal.kinesis.api.EnhancedMonitoringRequest;
import io.kinesisharness.internal.kinesis.api.EnhancedMonitoringResponse;
import io.kinesisharness.internal.kinesis.api.Shapes;
import io.kinesisharness.internal.kinesis.api.StreamEncryptionRequest;
import io.kinesisharness.internal.kinesis.model.KinesisEngine;
import io.kinesisharness.internal.kinesis.model.KinesisStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Server-side encryption and enhanced monitoring. Both make the stream UPDATING for the update delay; the
 * new setting holds from the end of it (records written before stay as they were written).
 */
public final class StreamFeatureOperations {

    /** Every real metric, in the model's order; ALL expands to these. */
    private static final List<String> ALL_METRICS = Shapes.METRICS.subList(0, Shapes.METRICS.size() - 1);

    private final KinesisEngine engine;

    public StreamFeatureOperations(KinesisEngine engine) {
        this.engine = engine;
    }

    public Empty startStreamEncryption(RequestContext ctx, StreamEncryptionRequest in) {
        return changeEncryption(ctx, in, "KMS", in.keyId(), true);
    }

    public Empty stopStreamEncryption(RequestContext ctx, StreamEncryptionRequest in) {
        return changeEncryption(ctx, in, "NONE", null, false);
    }

    /** AWS allows 25 starts (new keys) and 25 stops per stream in any 24 hours. */
    private Empty changeEncryption(RequestContext ctx, StreamEncryptionRequest in, String type, String keyId,
            boolean start) {
        long now = engine.now();
        KinesisStream stream = engine.stream(ctx.scope(), in, now);
        if (!"KMS".equals(in.encryptionType())) {
            throw KinesisErrors.INVALID_ARGUMENT.exception("Invalid EncryptionType " + in.encryptionType()
                    + ". The only valid EncryptionType is KMS.");
        }
        ReshardOperations.requireActive(stream, now);
        engine.throttling().dailyQuota(stream,
                start ? stream.attributes().encryptionStarts() : stream.attributes().encryptionStops(), now);
        stream.beginUpdate(now, now + engine.updateDelay().toMillis(), at -> stream.encryption(type, keyId));
        return Empty.INSTANCE;
    }

    public EnhancedMonitoringResponse enableEnhancedMonitoring(RequestContext ctx, EnhancedMonitoringRequest in) {
        return changeMonitoring(ctx, in, true);
    }

    public EnhancedMonitoringResponse disableEnhancedMonitoring(RequestContext ctx, EnhancedMonitoringRequest in) {
        return changeMonitoring(ctx, in, false);
    }

    private EnhancedMonitoringResponse changeMonitoring(RequestContext ctx, EnhancedMonitoringRequest in,
            boolean enable) {
        long now = engine.now();
        KinesisStream stream = engine.stream(ctx.scope(), in, now);
        ReshardOperations.requireActive(stream, now);
        List<String> current = stream.attributes().shardLevelMetrics();
        Set<String> named = new LinkedHashSet<>();
        for (String m : in.shardLevelMetrics()) {
            named.addAll("ALL".equals(m) ? ALL_METRICS : List.of(m));
        }
        List<String> desired = new ArrayList<>();
        for (String m : ALL_METRICS) {
            boolean on = current.contains(m);
            if (enable ? on || named.contains(m) : on && !named.contains(m)) {
                desired.add(m);
            }
        }
        stream.beginUpdate(now, now + engine.updateDelay().toMillis(),
                at -> stream.attributes().shardLevelMetrics(desired));
        return new EnhancedMonitoringResponse(stream.name(), current, desired, stream.arn());
    }
}
