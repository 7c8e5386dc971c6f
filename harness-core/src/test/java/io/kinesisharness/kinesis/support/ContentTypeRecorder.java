package io.kinesisharness.kinesis.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Records the Content-Type of every request the client really sent, so a suite can prove it ran in the encoding
 * it claims (a CBOR switch that silently did nothing would otherwise go unnoticed).
 */
public final class ContentTypeRecorder implements ExecutionInterceptor {

    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final List<String> answered = new CopyOnWriteArrayList<>();

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        seen.add(context.httpRequest().firstMatchingHeader("Content-Type").orElse("<none>"));
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        answered.add(context.httpResponse().firstMatchingHeader("Content-Type").orElse("<none>"));
    }

    /** Content-Type of each request sent. */
    public List<String> seen() {
        return List.copyOf(seen);
    }

    /** Content-Type of each response received (empty bodies included). */
    public List<String> answered() {
        return List.copyOf(answered);
    }

    public void clear() {
        seen.clear();
        answered.clear();
    }
}
