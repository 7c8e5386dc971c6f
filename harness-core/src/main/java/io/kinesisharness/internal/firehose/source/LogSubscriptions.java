package io.kinesisharness.internal.firehose.source;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.GZIPOutputStream;

/**
 * What a CloudWatch Logs subscription filter sends a Firehose stream: one record per batch of log events, a JSON
 * envelope ({@code messageType, owner, logGroup, logStream, subscriptionFilters, logEvents[{id, timestamp,
 * message}]}, in that order) gzipped, event ids 56 decimal digits; and the CONTROL_MESSAGE CloudWatch Logs sends
 * to check a new destination.
 */
public final class LogSubscriptions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LogSubscriptions() {
    }

    public static byte[] dataMessage(String owner, String logGroup, String logStream, String filter,
            List<String> messages, Instant time) {
        ObjectNode e = JSON.createObjectNode().put("messageType", "DATA_MESSAGE").put("owner", owner)
                .put("logGroup", logGroup).put("logStream", logStream);
        e.putArray("subscriptionFilters").add(filter);
        ArrayNode events = e.putArray("logEvents");
        for (String m : messages) {
            events.addObject().put("id", eventId()).put("timestamp", time.toEpochMilli()).put("message", m);
        }
        return gzip(e.toString());
    }

    public static byte[] controlMessage(Instant time) {
        ObjectNode e = JSON.createObjectNode().put("messageType", "CONTROL_MESSAGE").put("owner", "CloudwatchLogs")
                .put("logGroup", "").put("logStream", "");
        e.putArray("subscriptionFilters");
        e.putArray("logEvents").addObject().put("id", "").put("timestamp", time.toEpochMilli())
                .put("message", "CWL CONTROL MESSAGE: Checking health of destination Firehose.");
        return gzip(e.toString());
    }

    private static String eventId() {
        StringBuilder id = new StringBuilder(56);
        ThreadLocalRandom r = ThreadLocalRandom.current();
        id.append(1 + r.nextInt(9));
        while (id.length() < 56) {
            id.append(r.nextInt(10));
        }
        return id.toString();
    }

    private static byte[] gzip(String json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
