package io.kinesisharness.internal.firehose.processing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The RecordDeAggregation processor: one record holding several sub-records split apart. JSON: consecutive JSON
 * objects, back to back or one per line (an array is not valid input); DELIMITED: split on the configured bytes.
 * AWS splits at most 500 sub-records from a record; a record with more, or JSON that does not parse as objects, is
 * passed on whole (and fails later steps, as AWS's does).
 */
public final class DeAggregation {

    static final int MAX_SUB_RECORDS = 500;
    private static final ObjectMapper JSON = new ObjectMapper();

    private DeAggregation() {
    }

    public static List<byte[]> split(ProcessingPlan plan, byte[] record) {
        List<byte[]> parts = "JSON".equals(plan.deAggregation()) ? json(record)
                : "DELIMITED".equals(plan.deAggregation()) ? delimited(record, plan.delimiter()) : null;
        return parts == null || parts.size() > MAX_SUB_RECORDS ? List.of(record) : parts;
    }

    /** The objects of a JSON-lines or back-to-back JSON record, each as its exact bytes; null when not that. */
    static List<byte[]> json(byte[] record) {
        List<byte[]> out = new ArrayList<>();
        try (JsonParser p = JSON.getFactory().createParser(record)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t != JsonToken.START_OBJECT) {
                    return null;
                }
                int start = (int) p.currentTokenLocation().getByteOffset();
                p.skipChildren();
                int end = (int) p.currentLocation().getByteOffset();
                out.add(Arrays.copyOfRange(record, start, end));
                if (out.size() > MAX_SUB_RECORDS) {
                    return out;
                }
            }
        } catch (IOException e) {
            return null;
        }
        return out.isEmpty() ? null : out;
    }

    static List<byte[]> delimited(byte[] record, byte[] delimiter) {
        if (delimiter == null || delimiter.length == 0) {
            return null;
        }
        List<byte[]> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i + delimiter.length <= record.length;) {
            if (Arrays.equals(record, i, i + delimiter.length, delimiter, 0, delimiter.length)) {
                if (i > from) {
                    out.add(Arrays.copyOfRange(record, from, i));
                }
                i += delimiter.length;
                from = i;
            } else {
                i++;
            }
        }
        if (from < record.length) {
            out.add(Arrays.copyOfRange(record, from, record.length));
        }
        return out;
    }
}
