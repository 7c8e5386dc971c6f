package io.kinesisharness.internal.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinesisharness.lambda.LambdaFunction;
import io.kinesisharness.lambda.RecordTransformer;
import io.kinesisharness.lambda.TransformInput;
import io.kinesisharness.lambda.TransformResult;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * A {@link RecordTransformer} as a Lambda function (for Firehose's transformations and Kinesis Data Analytics'
 * preprocessing alike): reads the transformation event ({@code records[{recordId,
 * approximateArrivalTimestamp, data, kinesisRecordMetadata?}]}), calls the transformer per record and writes
 * {@code {"records":[{recordId, result, data?, metadata?{partitionKeys}}]}}, the shape a handler returns to AWS.
 */
final class RecordTransformers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RecordTransformers() {
    }

    static LambdaFunction adapt(RecordTransformer transformer) {
        return event -> {
            JsonNode in = JSON.readTree(event);
            ObjectNode out = JSON.createObjectNode();
            ArrayNode records = out.putArray("records");
            for (JsonNode r : in.path("records")) {
                TransformResult result = transformer.transform(input(r));
                ObjectNode o = records.addObject().put("recordId", r.path("recordId").asText());
                o.put("result", result.result());
                if (result.data() != null) {
                    o.put("data", Base64.getEncoder().encodeToString(result.data()));
                }
                if (!result.partitionKeys().isEmpty()) {
                    ObjectNode keys = o.putObject("metadata").putObject("partitionKeys");
                    for (Map.Entry<String, String> k : result.partitionKeys().entrySet()) {
                        keys.put(k.getKey(), k.getValue());
                    }
                }
            }
            return JSON.writeValueAsString(out);
        };
    }

    /**
     * A record of Firehose's event ({@code kinesisRecordMetadata}) or of Kinesis Data Analytics' preprocessing event
     * ({@code kinesisStreamRecordMetadata}, or {@code kinesisFirehoseRecordMetadata} with the arrival time only).
     */
    private static TransformInput input(JsonNode r) {
        JsonNode k = r.has("kinesisRecordMetadata") ? r.get("kinesisRecordMetadata")
                : r.get("kinesisStreamRecordMetadata");
        // Firehose's event has the arrival time on the record; KDA's, in its metadata.
        JsonNode arrival = r.has("approximateArrivalTimestamp") ? r
                : k != null ? k : r.path("kinesisFirehoseRecordMetadata");
        TransformInput.KinesisMetadata kinesis = k == null ? null : new TransformInput.KinesisMetadata(
                k.path("shardId").asText(), k.path("partitionKey").asText(), k.path("sequenceNumber").asText(),
                k.path("subsequenceNumber").asLong(),
                Instant.ofEpochMilli(k.path("approximateArrivalTimestamp").asLong()));
        return new TransformInput(r.path("recordId").asText(), Base64.getDecoder().decode(r.path("data").asText()),
                Instant.ofEpochMilli(arrival.path("approximateArrivalTimestamp").asLong()), kinesis);
    }
}
