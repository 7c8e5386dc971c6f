package io.kinesisharness.firehose;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xerial.snappy.Snappy;
import org.xerial.snappy.SnappyInputStream;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * Each compression format round-trips: the object's extension and Content-Encoding are AWS's, and the body
 * decompresses (with the format's own reader, not the harness's) to the records concatenated.
 */
class FirehoseCompressionTest {

    private static final String BUCKET = "compressed";

    private KinesisHarness harness;
    private FirehoseClient firehose;
    private S3Client s3;

    @BeforeEach
    void start() {
        harness = KinesisHarness.builder().clock(ClockMode.MANUAL).startTime(Instant.parse("2026-12-06T08:00:00Z"))
                .bucket(BUCKET).start();
        firehose = FirehoseClients.firehose(harness);
        s3 = FirehoseClients.s3(harness);
    }

    @AfterEach
    void stop() {
        firehose.close();
        s3.close();
        harness.close();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {"UNCOMPRESSED,'',none,none", "GZIP,.gz,gzip,none",
            "ZIP,.zip,zip,none", "Snappy,.snappy,snappy-java,none", "HADOOP_SNAPPY,.snappy,hadoop-snappy,none",
            "GZIP,.json.gz,gzip,.json.gz", "Snappy,.log,snappy-java,.log"})
    void the_object_decompresses_to_the_records(String format, String extension, String encoding,
            String fileExtension) throws IOException {
        FirehoseClients.createS3Stream(firehose, "packed", BUCKET, 1, 60, b -> {
            b.compressionFormat(format);
            if (fileExtension != null) {
                b.fileExtension(fileExtension);
            }
        });
        StringBuilder expected = new StringBuilder();
        List<String> records = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            records.add("{\"n\":" + i + ",\"text\":\"some repetitive text to compress\"}\n");
            expected.append(records.get(i));
        }
        for (int from = 0; from < records.size(); from += 500) {
            FirehoseClients.putAll(firehose, "packed", records.subList(from, from + 500));
        }
        harness.clock().advance(Duration.ofMinutes(1));

        String key = s3.listObjectsV2(b -> b.bucket(BUCKET)).contents().get(0).key();
        assertThat(key).matches("2026/12/06/08/packed-1-2026-12-06-08-00-00-[0-9a-f-]{36}"
                + java.util.regex.Pattern.quote(extension));
        ResponseBytes<GetObjectResponse> object = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key));
        assertThat(object.response().contentType()).isEqualTo("application/octet-stream");
        assertThat(object.response().contentEncoding()).isEqualTo(encoding);
        byte[] body = object.asByteArray();
        assertThat(new String(decompress(format, body), StandardCharsets.UTF_8)).isEqualTo(expected.toString());
        if (!"UNCOMPRESSED".equals(format)) {
            assertThat(body.length).isLessThan(expected.length() / 2);
        }
    }

    private static byte[] decompress(String format, byte[] body) throws IOException {
        return switch (format) {
            case "GZIP" -> readAll(new GZIPInputStream(new ByteArrayInputStream(body)));
            case "ZIP" -> {
                try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
                    ZipEntry entry = zip.getNextEntry();
                    assertThat(entry.getName()).matches("[0-9a-f-]{36}");
                    byte[] data = zip.readAllBytes();
                    assertThat(zip.getNextEntry()).as("one entry only").isNull();
                    yield data;
                }
            }
            case "Snappy" -> readAll(new SnappyInputStream(new ByteArrayInputStream(body)));
            case "HADOOP_SNAPPY" -> hadoopSnappy(body);
            default -> body;
        };
    }

    /** Hadoop's block format: per block its length, then length-prefixed Snappy chunks until the block is whole. */
    private static byte[] hadoopSnappy(byte[] body) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(body));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (in.available() > 0) {
            int blockLength = in.readInt();
            int done = 0;
            while (done < blockLength) {
                byte[] chunk = new byte[in.readInt()];
                in.readFully(chunk);
                byte[] plain = Snappy.uncompress(chunk);
                out.writeBytes(plain);
                done += plain.length;
            }
        }
        return out.toByteArray();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }
}
