package io.kinesisharness.internal.analytics.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinesisharness.internal.firehose.access.DeliveryInput;
import io.kinesisharness.internal.kinesis.source.KinesisSource;
import io.kinesisharness.internal.lambda.access.FunctionInvoker;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The three kinds of output destination, each sending through the service it belongs to. */
final class Sinks {

    private static final Logger LOG = LoggerFactory.getLogger(Sinks.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private Sinks() {
    }

    /** A Kinesis stream: PutRecords, each record under a partition key of its own (AWS does not say which). */
    static OutputSink kinesis(Supplier<KinesisSource> kinesis, String streamArn) {
        long[] sequence = {0};
        return records -> {
            List<KinesisSource.OutgoingRecord> out = new ArrayList<>(records.size());
            for (byte[] r : records) {
                out.add(new KinesisSource.OutgoingRecord(Long.toString(sequence[0]++), r));
            }
            try {
                List<KinesisSource.OutgoingRecord> refused = kinesis.get().put(streamArn, out);
                List<byte[]> again = new ArrayList<>(refused.size());
                refused.forEach(r -> again.add(r.data()));
                return again;
            } catch (RuntimeException e) {
                // Refused as a whole (the stream gone, a batch over its limits): kept and sent again, never lost.
                LOG.warn("Output to {} failed, retrying: {}", streamArn, e.getMessage());
                return records;
            }
        };
    }

    /** A Firehose delivery stream: put as PutRecordBatch would. */
    static OutputSink firehose(Supplier<DeliveryInput> firehose, String deliveryStreamArn) {
        return records -> {
            try {
                return firehose.get().put(deliveryStreamArn, records);
            } catch (RuntimeException e) {
                // Refused as a whole (the stream gone, a batch over its limits): kept and sent again, never lost.
                LOG.warn("Output to {} failed, retrying: {}", deliveryStreamArn, e.getMessage());
                return records;
            }
        };
    }

    /**
     * A function, with AWS's Lambda output contract: {@code {invocationId, applicationArn, records: [{recordId,
     * lambdaDeliveryRecordMetadata: {retryHint}, data}]}}, answered {@code {records: [{recordId, result: Ok |
     * DeliveryFailed}]}}; records that failed or were not answered are sent again.
     */
    static OutputSink lambda(Supplier<FunctionInvoker> lambda, String functionArn, String applicationArn) {
        int[] retries = {0};
        return records -> {
            ObjectNode event = JSON.createObjectNode();
            event.put("invocationId", UUID.randomUUID().toString());
            event.put("applicationArn", applicationArn);
            ArrayNode list = event.putArray("records");
            List<String> ids = new ArrayList<>();
            for (byte[] r : records) {
                String id = UUID.randomUUID().toString();
                ids.add(id);
                ObjectNode o = list.addObject();
                o.put("recordId", id);
                o.putObject("lambdaDeliveryRecordMetadata").put("retryHint", retries[0]);
                o.put("data", Base64.getEncoder().encodeToString(r));
            }
            FunctionInvoker.Invocation call = lambda.get().invoke(functionArn, event.toString());
            if (!call.ok()) {
                retries[0]++;
                LOG.warn("Output function {} failed, retrying: {}", functionArn, call.message());
                return records;
            }
            Set<String> ok = new HashSet<>();
            try {
                for (JsonNode r : JSON.readTree(call.response()).path("records")) {
                    if ("Ok".equals(r.path("result").asText())) {
                        ok.add(r.path("recordId").asText());
                    }
                }
            } catch (IOException e) {
                retries[0]++;
                return records;
            }
            List<byte[]> again = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                if (!ok.contains(ids.get(i))) {
                    again.add(records.get(i));
                }
            }
            retries[0] = again.isEmpty() ? 0 : retries[0] + 1;
            return again;
        };
    }
}
