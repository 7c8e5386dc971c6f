package io.kinesisharness.testcontainers;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/** The requests a client really sent, so a test can prove the wire format and scheme it claims to test. */
final class WireLog implements ExecutionInterceptor {

    private final List<SdkHttpRequest> sent = new CopyOnWriteArrayList<>();

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        sent.add(context.httpRequest());
    }

    List<String> contentTypes() {
        return sent.stream().map(r -> r.firstMatchingHeader("Content-Type").orElse("")).distinct().toList();
    }

    List<String> schemes() {
        return sent.stream().map(SdkHttpRequest::protocol).distinct().toList();
    }
}
