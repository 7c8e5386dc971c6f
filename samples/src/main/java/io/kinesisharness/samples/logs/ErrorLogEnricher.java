package io.kinesisharness.samples.logs;

import java.util.ArrayList;
import java.util.List;

/**
 * The transformation a Firehose stream of application logs runs (in production, the body of a Lambda function):
 * keeps the ERROR lines of what CloudWatch Logs sent and turns each into a JSON line for the archive.
 */
public final class ErrorLogEnricher {

    private final String service;

    public ErrorLogEnricher(String service) {
        this.service = service;
    }

    /** The JSON lines for the error lines among {@code lines} (newline-separated), or null when there are none. */
    public String enrich(String lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines.split("\n")) {
            if (line.startsWith("ERROR ")) {
                out.add("{\"service\":\"" + service + "\",\"message\":\"" + escape(line.substring(6)) + "\"}\n");
            }
        }
        return out.isEmpty() ? null : String.join("", out);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
