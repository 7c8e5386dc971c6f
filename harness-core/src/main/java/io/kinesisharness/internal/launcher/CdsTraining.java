package io.kinesisharness.internal.launcher;

import io.kinesisharness.KinesisHarness;
import io.kinesisharness.internal.runtime.Version;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The build runs this once with {@code -XX:ArchiveClassesAtExit} to record the classes a start and the first
 * requests load into a class-data-sharing archive ({@code kinesis-harness.jsa}); starting the jar with
 * {@code -XX:SharedArchiveFile} then skips most class loading and verification.
 */
public final class CdsTraining {

    private static final String[][] CALLS = {
        {"ListStreams", "{}"},
        {"CreateStream", "{\"StreamName\":\"training\",\"ShardCount\":2}"},
        {"DescribeStreamSummary", "{\"StreamName\":\"training\"}"},
        {"PutRecord", "{\"StreamName\":\"training\",\"PartitionKey\":\"k\",\"Data\":\"aGVsbG8=\"}"},
        {"PutRecords", "{\"StreamName\":\"training\",\"Records\":[{\"PartitionKey\":\"k\",\"Data\":\"aGk=\"}]}"},
        {"ListShards", "{\"StreamName\":\"training\"}"},
        {"GetShardIterator", "{\"StreamName\":\"training\",\"ShardId\":\"shardId-0\","
                + "\"ShardIteratorType\":\"TRIM_HORIZON\"}"},
        {"DescribeStream", "{\"StreamName\":\"nope\"}"},
    };

    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        // Through the launcher's own path (options, every setting, the ready line), so its classes are archived too.
        KinesisHarness.Builder builder = Launcher.configure(Options.parse(new String[] {"--port", "0", "--clock",
                "manual"}), java.util.Map.of());
        try (KinesisHarness harness = builder.start()) {
            String ready = "Kinesis Harness " + Version.current() + " ready on " + harness.endpoint() + " (also "
                    + harness.httpsEndpoint() + ") region=" + harness.region() + " clock=" + harness.clock().mode();
            if (ready.isEmpty()) {
                throw new IllegalStateException();
            }
            for (String[] call : CALLS) {
                post(harness.port(), call[0], "application/x-amz-json-1.1", call[1].getBytes(StandardCharsets.UTF_8));
            }
            // An empty CBOR map: enough to load the CBOR codec.
            post(harness.port(), "ListStreams", "application/x-amz-cbor-1.1", new byte[] {(byte) 0xa0});
            harness.clock().advance(java.time.Duration.ofMinutes(1));
            harness.reset();
        }
        System.exit(0);
    }

    private static void post(int port, String operation, String contentType, byte[] body) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            String head = "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType + "\r\n"
                    + "X-Amz-Target: Kinesis_20131202." + operation + "\r\nX-Amz-Date: 20260101T000000Z\r\n"
                    + "Authorization: AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/kinesis/aws4_request, "
                    + "SignedHeaders=host, Signature=0\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
            OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = s.getInputStream();
            in.readAllBytes();
        }
    }
}
