package io.kinesisharness.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.CopyObjectResponse;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Objects through the SDK v2 S3 clients, with the SDK's default flexible checksums and chunked uploads. */
class S3ObjectsTest {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00.250Z");
    private static final String BUCKET = "objects";

    private KinesisHarness harness;
    private S3Client s3;

    @BeforeEach
    void start() {
        harness = KinesisHarness.builder().clock(ClockMode.MANUAL).startTime(START).bucket(BUCKET).start();
        s3 = S3Clients.pathStyle(harness);
    }

    @AfterEach
    void stop() {
        s3.close();
        harness.close();
    }

    @Test
    void binary_empty_and_20_mb_objects_round_trip_byte_for_byte_with_an_md5_etag() throws Exception {
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }
        byte[] large = new byte[20 * 1024 * 1024];
        new Random(7).nextBytes(large);
        for (Map.Entry<String, byte[]> e : Map.of("binary", binary, "empty", new byte[0], "large", large).entrySet()) {
            PutObjectResponse put = s3.putObject(b -> b.bucket(BUCKET).key(e.getKey()),
                    RequestBody.fromBytes(e.getValue()));
            ResponseBytes<GetObjectResponse> got = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(e.getKey()));

            assertThat(got.asByteArray()).as(e.getKey()).isEqualTo(e.getValue());
            assertThat(put.eTag()).isEqualTo('"' + md5(e.getValue()) + '"').isEqualTo(got.response().eTag());
            assertThat(got.response().contentLength()).isEqualTo(e.getValue().length);
        }
    }

    @Test
    void metadata_content_type_and_encoding_come_back_and_last_modified_follows_the_harness_clock() {
        harness.clock().advance(Duration.ofMinutes(5));
        s3.putObject(b -> b.bucket(BUCKET).key("dir/report.json.gz").contentType("application/json")
                .contentEncoding("gzip").contentDisposition("attachment").cacheControl("no-cache")
                .metadata(Map.of("Source", "test", "run", "42")), RequestBody.fromString("{}"));

        HeadObjectResponse head = s3.headObject(b -> b.bucket(BUCKET).key("dir/report.json.gz"));

        assertThat(head.contentType()).isEqualTo("application/json");
        // The SDK uploads as aws-chunked; S3 keeps only the encoding of the content itself.
        assertThat(head.contentEncoding()).isEqualTo("gzip");
        assertThat(head.contentDisposition()).isEqualTo("attachment");
        assertThat(head.cacheControl()).isEqualTo("no-cache");
        assertThat(head.metadata()).containsExactlyInAnyOrderEntriesOf(Map.of("source", "test", "run", "42"));
        assertThat(head.lastModified()).isEqualTo(Instant.parse("2026-03-01T10:05:00Z"));
        assertThat(head.contentLength()).isEqualTo(2);
        assertThat(head.serverSideEncryptionAsString()).isEqualTo("AES256");
    }

    @Test
    void an_object_keeps_the_content_type_the_sdk_sent_for_bytes() {
        s3.putObject(b -> b.bucket(BUCKET).key("raw"), RequestBody.fromBytes(new byte[] {1}));

        assertThat(s3.headObject(b -> b.bucket(BUCKET).key("raw")).contentType())
                .isEqualTo("application/octet-stream");
    }

    @Test
    void checksums_the_sdk_sends_are_kept_and_validated_when_checksum_mode_is_enabled() {
        // CRC64NVME needs the SDK's native runtime on the client side; the server's is checked below.
        for (ChecksumAlgorithm algorithm : java.util.List.of(ChecksumAlgorithm.CRC32, ChecksumAlgorithm.CRC32_C,
                ChecksumAlgorithm.SHA1, ChecksumAlgorithm.SHA256)) {
            String key = "sum-" + algorithm;
            PutObjectResponse put = s3.putObject(b -> b.bucket(BUCKET).key(key).checksumAlgorithm(algorithm),
                    RequestBody.fromString("hello"));
            assertThat(put.checksumTypeAsString()).isEqualTo("FULL_OBJECT");

            // With the mode enabled the SDK checks the body against the checksum header we send.
            ResponseBytes<GetObjectResponse> got = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key)
                    .checksumMode(ChecksumMode.ENABLED));
            assertThat(got.asUtf8String()).isEqualTo("hello");
        }
        GetObjectResponse crc32 = s3.getObject(b -> b.bucket(BUCKET).key("sum-CRC32")
                .checksumMode(ChecksumMode.ENABLED), (r, in) -> r);
        assertThat(crc32.checksumCRC32()).isEqualTo("NhCmhg==");
        assertThat(s3.getObject(b -> b.bucket(BUCKET).key("sum-CRC32"), (r, in) -> r).checksumCRC32()).isNull();
    }

    @Test
    void an_object_stored_without_a_client_checksum_gets_crc64nvme() {
        try (S3Client whenRequired = S3Clients.base(harness).endpointOverride(harness.endpoint())
                .requestChecksumCalculation(software.amazon.awssdk.core.checksums.RequestChecksumCalculation
                        .WHEN_REQUIRED).build()) {
            whenRequired.putObject(b -> b.bucket(BUCKET).key("plain"), RequestBody.fromString("test data.."));
        }

        GetObjectResponse got = s3.getObject(b -> b.bucket(BUCKET).key("plain").checksumMode(ChecksumMode.ENABLED),
                (r, in) -> r);
        // CRC-64/NVME of "test data..", as AWS computes it.
        assertThat(got.checksumCRC64NVME()).isEqualTo("qUVrWYOrIAM=");
    }

    @Test
    void a_wrong_content_md5_is_bad_digest_and_nothing_is_stored() {
        assertThatThrownBy(() -> s3.putObject(b -> b.bucket(BUCKET).key("k").contentMD5("1B2M2Y8AsgTpgAmY7PhCfg=="),
                RequestBody.fromString("not empty")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("BadDigest");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The Content-MD5 you specified did not "
                            + "match what we received.");
                });
        assertThatThrownBy(() -> s3.headObject(b -> b.bucket(BUCKET).key("k"))).isInstanceOf(NoSuchKeyException.class);
    }

    @Test
    void a_range_answers_those_bytes_and_an_unsatisfiable_one_is_invalid_range() {
        s3.putObject(b -> b.bucket(BUCKET).key("digits"), RequestBody.fromString("0123456789"));

        ResponseBytes<GetObjectResponse> part = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("digits")
                .range("bytes=2-5"));
        assertThat(part.asUtf8String()).isEqualTo("2345");
        assertThat(part.response().contentRange()).isEqualTo("bytes 2-5/10");
        assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("digits").range("bytes=-3")).asUtf8String())
                .isEqualTo("789");
        assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("digits").range("bytes=7-")).asUtf8String())
                .isEqualTo("789");
        assertThatThrownBy(() -> s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("digits").range("bytes=10-20")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(416);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidRange");
                });
    }

    @Test
    void conditional_reads_answer_304_and_412_in_s3s_order() {
        String etag = s3.putObject(b -> b.bucket(BUCKET).key("c"), RequestBody.fromString("x")).eTag();

        assertThatThrownBy(() -> s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("c").ifNoneMatch(etag)))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(304));
        assertThatThrownBy(() -> s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("c").ifMatch("\"other\"")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(412);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("PreconditionFailed");
                });
        assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("c").ifMatch(etag)).asUtf8String()).isEqualTo("x");
        assertThatThrownBy(() -> s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("c").ifModifiedSince(START)))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(304));
        // A date after the harness's now is ignored, as AWS ignores one in the future.
        assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("c").ifModifiedSince(START.plusSeconds(60)))
                .asUtf8String()).isEqualTo("x");
    }

    @Test
    void a_put_with_if_none_match_star_succeeds_once_and_then_fails_with_precondition_failed() {
        s3.putObject(b -> b.bucket(BUCKET).key("once").ifNoneMatch("*"), RequestBody.fromString("first"));

        assertThatThrownBy(() -> s3.putObject(b -> b.bucket(BUCKET).key("once").ifNoneMatch("*"),
                RequestBody.fromString("second")))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(412));
        assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("once")).asUtf8String()).isEqualTo("first");
    }

    @Test
    void concurrent_conditional_puts_of_one_key_let_exactly_one_win() throws Exception {
        int writers = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        try {
            java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String body = "writer-" + i;
                results.add(pool.submit(() -> {
                    try {
                        s3.putObject(b -> b.bucket(BUCKET).key("race").ifNoneMatch("*"), RequestBody.fromString(body));
                        return true;
                    } catch (S3Exception e) {
                        assertThat(e.statusCode()).isEqualTo(412);
                        return false;
                    }
                }));
            }
            int won = 0;
            for (var f : results) {
                won += f.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_missing_key_is_no_such_key_and_deleting_it_succeeds_anyway() {
        assertThatThrownBy(() -> s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("missing")))
                .isInstanceOfSatisfying(NoSuchKeyException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The specified key does not exist.");
                });
        assertThatThrownBy(() -> s3.headObject(b -> b.bucket(BUCKET).key("missing")))
                .isInstanceOf(NoSuchKeyException.class);

        s3.deleteObject(b -> b.bucket(BUCKET).key("missing"));
    }

    @Test
    void delete_objects_removes_a_batch_and_reports_each_key() {
        for (String k : new String[] {"a", "b", "c"}) {
            s3.putObject(b -> b.bucket(BUCKET).key(k), RequestBody.fromString(k));
        }

        DeleteObjectsResponse deleted = s3.deleteObjects(b -> b.bucket(BUCKET).delete(d -> d.objects(
                ObjectIdentifier.builder().key("a").build(), ObjectIdentifier.builder().key("c").build(),
                ObjectIdentifier.builder().key("never-there").build())));

        assertThat(deleted.deleted()).extracting(d -> d.key()).containsExactly("a", "c", "never-there");
        assertThat(deleted.errors()).isEmpty();
        assertThat(s3.listObjectsV2(b -> b.bucket(BUCKET)).contents()).extracting(S3Object::key).containsExactly("b");
    }

    @Test
    void copy_object_copies_bytes_and_metadata_or_replaces_the_metadata() {
        s3.putObject(b -> b.bucket(BUCKET).key("src").contentType("text/plain").metadata(Map.of("a", "1")),
                RequestBody.fromString("payload"));
        harness.createBucket("other");

        CopyObjectResponse copy = s3.copyObject(b -> b.sourceBucket(BUCKET).sourceKey("src")
                .destinationBucket("other").destinationKey("dst"));
        s3.copyObject(b -> b.sourceBucket(BUCKET).sourceKey("src").destinationBucket(BUCKET).destinationKey("src2")
                .metadataDirective(MetadataDirective.REPLACE).metadata(Map.of("b", "2")));

        assertThat(copy.copyObjectResult().eTag()).isEqualTo('"' + md5("payload".getBytes(StandardCharsets.UTF_8))
                + '"');
        HeadObjectResponse copied = s3.headObject(b -> b.bucket("other").key("dst"));
        assertThat(copied.metadata()).containsExactly(Map.entry("a", "1"));
        assertThat(copied.contentType()).isEqualTo("text/plain");
        HeadObjectResponse replaced = s3.headObject(b -> b.bucket(BUCKET).key("src2"));
        assertThat(replaced.metadata()).containsExactly(Map.entry("b", "2"));
        assertThat(replaced.contentType()).isEqualTo("binary/octet-stream");
        assertThat(s3.getObjectAsBytes(b -> b.bucket("other").key("dst")).asUtf8String()).isEqualTo("payload");
    }

    @Test
    void copying_an_object_onto_itself_without_a_change_is_refused() {
        s3.putObject(b -> b.bucket(BUCKET).key("self"), RequestBody.fromString("x"));

        assertThatThrownBy(() -> s3.copyObject(b -> b.sourceBucket(BUCKET).sourceKey("self").destinationBucket(BUCKET)
                .destinationKey("self")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidRequest");
                    assertThat(e.awsErrorDetails().errorMessage()).startsWith("This copy request is illegal because "
                            + "it is trying to copy an object to itself without changing the object's metadata");
                });
    }

    @Test
    void keys_with_spaces_unicode_and_reserved_characters_round_trip() {
        String[] keys = {"with space", "plus+sign", "percent%41", "unicode/\u00e9\u6f22\ud83d\ude00", "a/b/../c",
                "question?mark", "hash#tag"};
        for (String key : keys) {
            s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromString(key));
        }
        for (String key : keys) {
            assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asUtf8String()).as(key).isEqualTo(key);
        }
        assertThat(s3.listObjectsV2(b -> b.bucket(BUCKET)).contents()).extracting(S3Object::key)
                .containsExactlyInAnyOrder(keys);
    }

    @Test
    void the_virtual_hosted_client_reaches_the_same_buckets() {
        try (S3Client virtual = S3Clients.virtualHosted(harness)) {
            virtual.putObject(b -> b.bucket(BUCKET).key("via-host"), RequestBody.fromString("v"));
            assertThat(virtual.getObjectAsBytes(b -> b.bucket(BUCKET).key("via-host")).asUtf8String()).isEqualTo("v");
            assertThat(virtual.listObjectsV2(b -> b.bucket(BUCKET)).contents()).extracting(S3Object::key)
                    .containsExactly("via-host");
        }
        assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("via-host")).asUtf8String()).isEqualTo("v");
    }

    @Test
    void the_async_client_puts_and_gets_with_its_unsigned_chunked_uploads() throws Exception {
        byte[] data = new byte[3 * 1024 * 1024 + 17];
        new Random(3).nextBytes(data);
        try (S3AsyncClient async = S3Clients.async(harness, false)) {
            async.putObject(b -> b.bucket(BUCKET).key("async"), AsyncRequestBody.fromBytes(data)).get();
            byte[] back = async.getObject(b -> b.bucket(BUCKET).key("async"), AsyncResponseTransformer.toBytes())
                    .get().asByteArray();
            assertThat(back).isEqualTo(data);
        }
    }

    @Test
    void the_crc32_the_sdk_computed_is_the_one_answered() {
        byte[] data = "checked".getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(data);
        String expected = java.util.Base64.getEncoder().encodeToString(
                java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());

        PutObjectResponse put = s3.putObject(b -> b.bucket(BUCKET).key("crc"), RequestBody.fromBytes(data));

        assertThat(put.checksumCRC32()).isEqualTo(expected);
    }

    static String md5(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
