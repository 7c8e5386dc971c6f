package io.kinesisharness.internal.firehose.processing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * The Decompression and CloudWatchLogProcessing processors: a CloudWatch Logs subscription record (a gzipped JSON
 * envelope) decompressed and, with message extraction, reduced to its log events' messages, each followed by a
 * newline, the envelope staying one record; a CONTROL_MESSAGE envelope yields an empty record. A record that is
 * not such an envelope fails as AWS's does ({@code decompression-failed}).
 */
public final class CloudWatchLogsRecords {

    public static final String ERROR_CODE = "Decompression failed.";
    public static final String ERROR_MESSAGE =
            "Decompression failed because input data does not conform to cloudwatch log.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private CloudWatchLogsRecords() {
    }

    /** The record after decompression (and extraction when asked); null when it is not a CloudWatch Logs record. */
    public static byte[] process(byte[] record, boolean extractMessages) {
        byte[] plain;
        JsonNode envelope;
        try {
            plain = gunzip(record);
            envelope = JSON.readTree(plain);
        } catch (IOException e) {
            return null;
        }
        if (envelope == null || !envelope.isObject() || !envelope.path("messageType").isTextual()
                || !envelope.path("logEvents").isArray()) {
            return null;
        }
        if (!extractMessages) {
            return plain;
        }
        if (!"DATA_MESSAGE".equals(envelope.path("messageType").asText())) {
            return new byte[0];
        }
        StringBuilder out = new StringBuilder();
        for (JsonNode event : envelope.path("logEvents")) {
            out.append(event.path("message").asText()).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gunzip(byte[] data) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 4);
            in.transferTo(out);
            return out.toByteArray();
        }
    }
}
