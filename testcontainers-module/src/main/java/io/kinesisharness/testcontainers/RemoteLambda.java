package io.kinesisharness.testcontainers;

import io.kinesisharness.admin.AdminRoute;
import io.kinesisharness.lambda.HarnessLambda;
import io.kinesisharness.lambda.LambdaFunction;
import io.kinesisharness.lambda.LambdaInvocation;
import io.kinesisharness.lambda.LambdaRoutes;
import io.kinesisharness.lambda.RecordTransformer;
import io.kinesisharness.lambda.TransformInput;
import io.kinesisharness.lambda.TransformResult;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The harness's Lambda stand-ins over the admin API. A URL is registered as it is; a Java function or transformer
 * is served from this JVM ({@link FunctionServer}) and registered by its URL, so the same test code runs against a
 * container as in-process.
 */
final class RemoteLambda implements HarnessLambda {

    private final BiFunction<AdminRoute, Map<String, ?>, Map<?, ?>> admin;
    private final FunctionServer server;

    RemoteLambda(BiFunction<AdminRoute, Map<String, ?>, Map<?, ?>> admin, String callbackHost) {
        this.admin = admin;
        this.server = new FunctionServer(callbackHost);
    }

    @Override
    public void register(String function, LambdaFunction handler) {
        Objects.requireNonNull(handler, "handler");
        registerUrl(function, server.serve(Objects.requireNonNull(function, "function"), handler));
    }

    @Override
    public void registerTransformer(String function, RecordTransformer transformer) {
        Objects.requireNonNull(transformer, "transformer");
        register(function, event -> transform(transformer, event));
    }

    @Override
    public void registerUrl(String function, URI url) {
        admin.apply(LambdaRoutes.REGISTER, Map.of("function", Objects.requireNonNull(function, "function"),
                "url", url.toString()));
    }

    @Override
    public void unregister(String function) {
        admin.apply(LambdaRoutes.UNREGISTER, Map.of("function", Objects.requireNonNull(function, "function")));
        server.remove(function);
    }

    @Override
    public List<LambdaInvocation> invocations(String function) {
        Map<?, ?> answer = admin.apply(LambdaRoutes.INVOCATIONS, Map.of("function", Objects.requireNonNull(function)));
        List<LambdaInvocation> out = new ArrayList<>();
        for (Object o : (List<?>) answer.get("invocations")) {
            Map<?, ?> i = (Map<?, ?>) o;
            out.add(new LambdaInvocation(i.get("function").toString(), Instant.parse(i.get("time").toString()),
                    text(i.get("event")), text(i.get("response")), text(i.get("error"))));
        }
        return out;
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    /** The per-record transformation over AWS's event and response shapes (as the harness does in-process). */
    private static String transform(RecordTransformer transformer, String event) throws Exception {
        Map<?, ?> in = (Map<?, ?>) Json.parse(event);
        List<Object> records = new ArrayList<>();
        Base64.Decoder decoder = Base64.getDecoder();
        for (Object o : (List<?>) in.get("records")) {
            Map<?, ?> r = (Map<?, ?>) o;
            Map<?, ?> k = (Map<?, ?>) r.get("kinesisRecordMetadata");
            TransformInput.KinesisMetadata kinesis = k == null ? null : new TransformInput.KinesisMetadata(
                    text(k.get("shardId")), text(k.get("partitionKey")), text(k.get("sequenceNumber")),
                    Long.parseLong(String.valueOf(k.get("subsequenceNumber"))),
                    Instant.ofEpochMilli(((Number) k.get("approximateArrivalTimestamp")).longValue()));
            TransformResult result = transformer.transform(new TransformInput(text(r.get("recordId")),
                    decoder.decode(text(r.get("data"))),
                    Instant.ofEpochMilli(((Number) r.get("approximateArrivalTimestamp")).longValue()), kinesis));
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("recordId", r.get("recordId"));
            answer.put("result", result.result());
            if (result.data() != null) {
                answer.put("data", Base64.getEncoder().encodeToString(result.data()));
            }
            if (!result.partitionKeys().isEmpty()) {
                answer.put("metadata", Map.of("partitionKeys", result.partitionKeys()));
            }
            records.add(answer);
        }
        return Json.write(Map.of("records", records));
    }
}
