package io.kinesisharness.internal.firehose.processing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Firehose's side of a Lambda transformation: the invocation event it sends and its reading of the response,
 * with AWS's status model. Response-level faults (malformed JSON, a record id missing or returned twice, a status
 * outside the model) fail every record of the invocation, as AWS's do; {@code ProcessingFailed} and {@code Ok}
 * without data fail their own record. Entries for ids that were not sent are ignored.
 */
public final class Transformation {

    /** Lambda's synchronous payload limit, each way. */
    public static final int PAYLOAD_LIMIT = 6 * 1024 * 1024;
    /** What one record adds to the event beyond its base64 data (ids, timestamps, Kinesis metadata). */
    public static final int RECORD_OVERHEAD = 400;

    public static final String FUNCTION_ERROR = "Lambda.FunctionError";
    public static final String FUNCTION_ERROR_MESSAGE =
            "The Lambda function was successfully invoked but it returned an error result.";
    public static final String NOT_FOUND = "Lambda.ResourceNotFound";
    public static final String NOT_FOUND_MESSAGE =
            "The specified Lambda function does not exist. Use a different function that does exist.";
    static final String JSON_ERROR = "Lambda.JsonProcessingException";
    static final String JSON_ERROR_MESSAGE = "There was an error parsing returned records from the Lambda function. "
            + "Ensure that the returned records follow the status model required by Kinesis Data Firehose.";
    static final String MISSING = "Lambda.MissingRecordId";
    static final String MISSING_MESSAGE = "One or more record Ids were not returned. Ensure that the Lambda function "
            + "returns all received record Ids.";
    static final String DUPLICATED = "Lambda.DuplicatedRecordId";
    static final String DUPLICATED_MESSAGE = "Multiple records were returned with the same record Id. Ensure that the "
            + "Lambda function returns a unique record Id for each record.";
    static final String BAD_STATUS_MESSAGE = "Check your function and make sure the output is in required format. "
            + "In addition to that, make sure the processed records contain valid result status of Dropped, Ok, or "
            + "ProcessingFailed";
    static final String FAILED_STATUS = "Lambda.ProcessingFailedStatus";
    static final String FAILED_STATUS_MESSAGE = "ProcessingFailed status set for record";
    static final String NULL_DATA = "Lambda.InvalidReturnFormat";
    static final String NULL_DATA_MESSAGE = "The data field cannot be null when the SourceType is DirectPut or "
            + "KinesisStreamAsSource and processing result is Ok. The value field cannot be null when the SourceType "
            + "is MSKAsSource and processing result is Ok.";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Transformation() {
    }

    /** One record sent: its id, data and arrival; the Kinesis fields are null for a direct put. */
    public record Sent(String recordId, byte[] data, long arrivalMillis, String shardId, String partitionKey,
            String sequenceNumber, long subsequenceNumber) {
    }

    /** What became of one record: Ok (data, partition keys), Dropped, or failed with AWS's code and message. */
    public record Result(String status, byte[] data, Map<String, String> partitionKeys, String errorCode,
            String errorMessage) {

        static Result failed(String code, String message) {
            return new Result("ProcessingFailed", null, Map.of(), code, message);
        }

        public boolean ok() {
            return "Ok".equals(status);
        }

        public boolean dropped() {
            return "Dropped".equals(status);
        }
    }

    /** The invocation event, as Firehose sends it. */
    public static String event(String invocationId, String deliveryStreamArn, String sourceStreamArn, String region,
            List<Sent> records) {
        ObjectNode e = JSON.createObjectNode().put("invocationId", invocationId)
                .put("deliveryStreamArn", deliveryStreamArn);
        if (sourceStreamArn != null) {
            e.put("sourceKinesisStreamArn", sourceStreamArn);
        }
        e.put("region", region);
        var array = e.putArray("records");
        Base64.Encoder b64 = Base64.getEncoder();
        for (Sent r : records) {
            ObjectNode o = array.addObject().put("recordId", r.recordId())
                    .put("approximateArrivalTimestamp", r.arrivalMillis()).put("data", b64.encodeToString(r.data()));
            if (r.shardId() != null) {
                o.putObject("kinesisRecordMetadata").put("shardId", r.shardId())
                        .put("partitionKey", r.partitionKey())
                        .put("approximateArrivalTimestamp", r.arrivalMillis())
                        .put("sequenceNumber", r.sequenceNumber())
                        .put("subsequenceNumber", String.valueOf(r.subsequenceNumber()));
            }
        }
        return e.toString();
    }

    /** The results for the records sent, in their order, read from the function's response. */
    public static List<Result> read(String response, List<Sent> sent) {
        if (response.length() > PAYLOAD_LIMIT) {
            return all(sent, Result.failed(FUNCTION_ERROR, FUNCTION_ERROR_MESSAGE));
        }
        JsonNode root;
        try {
            root = JSON.readTree(response);
        } catch (IOException e) {
            return all(sent, Result.failed(JSON_ERROR, JSON_ERROR_MESSAGE));
        }
        if (root == null || !root.isObject()) {
            return all(sent, Result.failed(JSON_ERROR, JSON_ERROR_MESSAGE));
        }
        JsonNode records = root.get("records");
        if (records == null || !records.isArray()) {
            return all(sent, Result.failed(MISSING, MISSING_MESSAGE));
        }
        Set<String> ids = new HashSet<>();
        for (Sent s : sent) {
            ids.add(s.recordId());
        }
        Map<String, Result> byId = new HashMap<>();
        for (JsonNode r : records) {
            String id = r.path("recordId").asText(null);
            if (id == null || !ids.contains(id)) {
                continue;
            }
            if (byId.containsKey(id)) {
                return all(sent, Result.failed(DUPLICATED, DUPLICATED_MESSAGE));
            }
            Result result = entry(r);
            if (result == null) {
                return all(sent, Result.failed(FUNCTION_ERROR, BAD_STATUS_MESSAGE));
            }
            byId.put(id, result);
        }
        if (byId.size() < sent.size()) {
            return all(sent, Result.failed(MISSING, MISSING_MESSAGE));
        }
        List<Result> out = new ArrayList<>(sent.size());
        for (Sent s : sent) {
            out.add(byId.get(s.recordId()));
        }
        return out;
    }

    /** One response entry; null when its status is outside the model or its data is not base64. */
    private static Result entry(JsonNode r) {
        String status = r.path("result").asText("");
        switch (status) {
            case "Dropped" -> {
                return new Result(status, null, Map.of(), null, null);
            }
            case "ProcessingFailed" -> {
                return Result.failed(FAILED_STATUS, FAILED_STATUS_MESSAGE);
            }
            case "Ok" -> {
                JsonNode data = r.get("data");
                if (data == null || data.isNull()) {
                    return Result.failed(NULL_DATA, NULL_DATA_MESSAGE);
                }
                byte[] bytes;
                try {
                    bytes = Base64.getDecoder().decode(data.asText());
                } catch (IllegalArgumentException e) {
                    return null;
                }
                return new Result(status, bytes, keys(r.path("metadata").path("partitionKeys")), null, null);
            }
            default -> {
                return null;
            }
        }
    }

    private static Map<String, String> keys(JsonNode node) {
        if (!node.isObject()) {
            return Map.of();
        }
        Map<String, String> keys = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isNull()) {
                keys.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
            }
        }
        return keys;
    }

    public static List<Result> all(List<Sent> sent, Result result) {
        List<Result> out = new ArrayList<>(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            out.add(result);
        }
        return out;
    }
}
