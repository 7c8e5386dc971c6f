package io.kinesisharness.internal.analytics.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinesisharness.internal.kinesis.source.KinesisSource;
import io.kinesisharness.internal.lambda.access.FunctionInvoker;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * An input's Lambda preprocessor, with AWS's contract: a batch of records as {@code {invocationId, applicationArn,
 * streamArn, records: [{recordId, data, kinesisStreamRecordMetadata: {shardId, partitionKey, sequenceNumber,
 * approximateArrivalTimestamp}}]}}, answered per record with {@code Ok} (and the data the rows are read from),
 * {@code Dropped} or {@code ProcessingFailed}. A failed invocation is retried with the same records, as AWS retries
 * until it succeeds.
 */
final class Preprocessor {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A record's outcome: its data to map (Ok), or a failure to report (ProcessingFailed), or neither (Dropped). */
    record Outcome(KinesisSource.SourceRecord record, byte[] data, String failure) {
    }

    private final Supplier<FunctionInvoker> lambda;
    private final String functionArn;
    private final String applicationArn;
    private final String streamArn;
    private final boolean fromFirehose;

    Preprocessor(Supplier<FunctionInvoker> lambda, String functionArn, String applicationArn, String streamArn) {
        this.lambda = lambda;
        this.functionArn = functionArn;
        this.applicationArn = applicationArn;
        this.streamArn = streamArn;
        this.fromFirehose = streamArn.contains(":deliverystream/");
    }

    /** The records' outcomes in order, or null when the invocation failed (the caller tries them again). */
    List<Outcome> process(List<KinesisSource.SourceRecord> records) {
        ObjectNode event = JSON.createObjectNode();
        event.put("invocationId", UUID.randomUUID().toString());
        event.put("applicationArn", applicationArn);
        event.put("streamArn", streamArn);
        ArrayNode list = event.putArray("records");
        Map<String, KinesisSource.SourceRecord> byId = new LinkedHashMap<>();
        for (KinesisSource.SourceRecord r : records) {
            String id = UUID.randomUUID().toString();
            byId.put(id, r);
            ObjectNode o = list.addObject().put("recordId", id);
            if (fromFirehose) {
                // AWS's event for a delivery stream input carries the arrival time only.
                o.putObject("kinesisFirehoseRecordMetadata").put("approximateArrivalTimestamp", r.arrivalMillis());
            } else {
                o.putObject("kinesisStreamRecordMetadata").put("shardId", r.shardId())
                        .put("partitionKey", r.partitionKey()).put("sequenceNumber", r.sequenceNumber())
                        .put("approximateArrivalTimestamp", r.arrivalMillis());
            }
            o.put("data", Base64.getEncoder().encodeToString(r.data()));
        }
        FunctionInvoker.Invocation call = lambda.get().invoke(functionArn, event.toString());
        if (!call.ok()) {
            return null;
        }
        Map<String, JsonNode> answered = new LinkedHashMap<>();
        try {
            for (JsonNode r : JSON.readTree(call.response()).path("records")) {
                answered.put(r.path("recordId").asText(), r);
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        List<Outcome> out = new ArrayList<>(records.size());
        for (Map.Entry<String, KinesisSource.SourceRecord> e : byId.entrySet()) {
            JsonNode r = answered.get(e.getKey());
            String result = r == null ? null : r.path("result").asText();
            if (r == null) {
                out.add(new Outcome(e.getValue(), null, "The preprocessing function's response has no record "
                        + e.getKey()));
            } else if ("Ok".equals(result)) {
                out.add(new Outcome(e.getValue(), Base64.getDecoder().decode(r.path("data").asText("")), null));
            } else if ("Dropped".equals(result)) {
                out.add(new Outcome(e.getValue(), null, null));
            } else {
                out.add(new Outcome(e.getValue(), null, "The preprocessing function answered " + result
                        + " for the record"));
            }
        }
        return out;
    }
}
