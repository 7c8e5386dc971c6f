package io.kinesisharness.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.KinesisHarness;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListPartsResponse;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;
import software.amazon.awssdk.services.s3.model.Part;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

/** Multipart uploads through the SDK v2 client, by hand and through its multipart async client. */
class S3MultipartTest {

    private static final String BUCKET = "uploads";
    private static final int MIB = 1024 * 1024;

    private KinesisHarness harness;
    private S3Client s3;

    @BeforeEach
    void start() {
        harness = KinesisHarness.builder().bucket(BUCKET).start();
        s3 = S3Clients.pathStyle(harness);
    }

    @AfterEach
    void stop() {
        s3.close();
        harness.close();
    }

    @Test
    void parts_uploaded_out_of_order_complete_into_one_object_with_the_multipart_etag() throws Exception {
        byte[][] parts = {random(5 * MIB, 1), random(5 * MIB, 2), random(1234, 3)};
        String uploadId = s3.createMultipartUpload(b -> b.bucket(BUCKET).key("big").contentType("video/mp4"))
                .uploadId();
        List<CompletedPart> completed = new ArrayList<>();
        for (int n : new int[] {3, 1, 2}) {
            UploadPartResponse r = s3.uploadPart(b -> b.bucket(BUCKET).key("big").uploadId(uploadId).partNumber(n),
                    RequestBody.fromBytes(parts[n - 1]));
            assertThat(r.eTag()).isEqualTo('"' + hex(md5(parts[n - 1])) + '"');
            completed.add(CompletedPart.builder().partNumber(n).eTag(r.eTag()).build());
        }
        completed.sort((a, b) -> Integer.compare(a.partNumber(), b.partNumber()));

        CompleteMultipartUploadResponse done = s3.completeMultipartUpload(b -> b.bucket(BUCKET).key("big")
                .uploadId(uploadId).multipartUpload(m -> m.parts(completed)));

        ByteArrayOutputStream md5s = new ByteArrayOutputStream();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            md5s.writeBytes(md5(p));
            all.writeBytes(p);
        }
        assertThat(done.eTag()).isEqualTo('"' + hex(md5(md5s.toByteArray())) + "-3\"");
        var got = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("big"));
        assertThat(got.asByteArray()).isEqualTo(all.toByteArray());
        assertThat(got.response().contentType()).isEqualTo("video/mp4");
        assertThat(got.response().eTag()).isEqualTo(done.eTag());
        assertThat(s3.listMultipartUploads(b -> b.bucket(BUCKET)).uploads()).isEmpty();
        // Part 2 alone, as transfer managers download.
        var second = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("big").partNumber(2));
        assertThat(second.asByteArray()).isEqualTo(parts[1]);
        assertThat(second.response().partsCount()).isEqualTo(3);
    }

    @Test
    void a_composite_crc32_upload_answers_the_checksum_of_its_parts_checksums() {
        String uploadId = s3.createMultipartUpload(b -> b.bucket(BUCKET).key("sum")
                .checksumAlgorithm(ChecksumAlgorithm.CRC32)).uploadId();
        List<CompletedPart> completed = new ArrayList<>();
        byte[][] parts = {random(5 * MIB, 4), random(10, 5)};
        for (int n = 1; n <= 2; n++) {
            int number = n;
            UploadPartResponse r = s3.uploadPart(b -> b.bucket(BUCKET).key("sum").uploadId(uploadId)
                    .partNumber(number).checksumAlgorithm(ChecksumAlgorithm.CRC32), RequestBody.fromBytes(parts[n - 1]));
            completed.add(CompletedPart.builder().partNumber(n).eTag(r.eTag()).checksumCRC32(r.checksumCRC32()).build());
        }

        CompleteMultipartUploadResponse done = s3.completeMultipartUpload(b -> b.bucket(BUCKET).key("sum")
                .uploadId(uploadId).multipartUpload(m -> m.parts(completed)));

        assertThat(done.checksumCRC32()).endsWith("-2");
        assertThat(done.checksumTypeAsString()).isEqualTo("COMPOSITE");
        // The SDK skips validating composite values, and reads the object whole.
        GetObjectResponse head = s3.getObject(b -> b.bucket(BUCKET).key("sum").checksumMode(ChecksumMode.ENABLED),
                (r, in) -> r);
        assertThat(head.checksumCRC32()).isEqualTo(done.checksumCRC32());
    }

    @Test
    void list_parts_and_list_multipart_uploads_show_an_upload_in_progress_and_abort_ends_it() {
        String uploadId = s3.createMultipartUpload(b -> b.bucket(BUCKET).key("pending")).uploadId();
        s3.uploadPart(b -> b.bucket(BUCKET).key("pending").uploadId(uploadId).partNumber(1),
                RequestBody.fromString("part one"));
        s3.uploadPart(b -> b.bucket(BUCKET).key("pending").uploadId(uploadId).partNumber(2),
                RequestBody.fromString("part two"));

        ListPartsResponse parts = s3.listParts(b -> b.bucket(BUCKET).key("pending").uploadId(uploadId).maxParts(1));
        assertThat(parts.parts()).extracting(Part::partNumber).containsExactly(1);
        assertThat(parts.isTruncated()).isTrue();
        assertThat(parts.nextPartNumberMarker()).isEqualTo(1);
        assertThat(s3.listParts(b -> b.bucket(BUCKET).key("pending").uploadId(uploadId).partNumberMarker(1)).parts())
                .extracting(Part::size).containsExactly(8L);
        assertThat(s3.listMultipartUploads(b -> b.bucket(BUCKET)).uploads()).extracting(MultipartUpload::key,
                MultipartUpload::uploadId).containsExactly(org.assertj.core.groups.Tuple.tuple("pending", uploadId));

        s3.abortMultipartUpload(b -> b.bucket(BUCKET).key("pending").uploadId(uploadId));

        assertThat(s3.listMultipartUploads(b -> b.bucket(BUCKET)).uploads()).isEmpty();
        assertThatThrownBy(() -> s3.listParts(b -> b.bucket(BUCKET).key("pending").uploadId(uploadId)))
                .isInstanceOf(NoSuchUploadException.class);
        assertThatThrownBy(() -> s3.headObject(b -> b.bucket(BUCKET).key("pending")))
                .isInstanceOf(software.amazon.awssdk.services.s3.model.NoSuchKeyException.class);
    }

    @Test
    void a_small_part_before_the_last_is_entity_too_small() {
        String uploadId = s3.createMultipartUpload(b -> b.bucket(BUCKET).key("small")).uploadId();
        String e1 = s3.uploadPart(b -> b.bucket(BUCKET).key("small").uploadId(uploadId).partNumber(1),
                RequestBody.fromString("tiny")).eTag();
        String e2 = s3.uploadPart(b -> b.bucket(BUCKET).key("small").uploadId(uploadId).partNumber(2),
                RequestBody.fromString("last")).eTag();

        assertThatThrownBy(() -> s3.completeMultipartUpload(b -> b.bucket(BUCKET).key("small").uploadId(uploadId)
                .multipartUpload(m -> m.parts(CompletedPart.builder().partNumber(1).eTag(e1).build(),
                        CompletedPart.builder().partNumber(2).eTag(e2).build()))))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("EntityTooSmall");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Your proposed upload is smaller than "
                            + "the minimum allowed size");
                });
    }

    @Test
    void a_wrong_etag_is_invalid_part_and_parts_out_of_order_are_invalid_part_order() {
        String uploadId = s3.createMultipartUpload(b -> b.bucket(BUCKET).key("bad")).uploadId();
        String e1 = s3.uploadPart(b -> b.bucket(BUCKET).key("bad").uploadId(uploadId).partNumber(1),
                RequestBody.fromString("one")).eTag();

        assertThatThrownBy(() -> s3.completeMultipartUpload(b -> b.bucket(BUCKET).key("bad").uploadId(uploadId)
                .multipartUpload(m -> m.parts(CompletedPart.builder().partNumber(1).eTag("\"0000\"").build()))))
                .isInstanceOfSatisfying(S3Exception.class, e ->
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidPart"));
        assertThatThrownBy(() -> s3.completeMultipartUpload(b -> b.bucket(BUCKET).key("bad").uploadId(uploadId)
                .multipartUpload(m -> m.parts(CompletedPart.builder().partNumber(2).eTag(e1).build(),
                        CompletedPart.builder().partNumber(1).eTag(e1).build()))))
                .isInstanceOfSatisfying(S3Exception.class, e ->
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidPartOrder"));
        assertThatThrownBy(() -> s3.uploadPart(b -> b.bucket(BUCKET).key("other-key").uploadId(uploadId)
                .partNumber(1), RequestBody.fromString("x"))).isInstanceOf(NoSuchUploadException.class);
    }

    @Test
    void the_sdks_multipart_async_client_uploads_20_mb_in_parts() throws Exception {
        byte[] data = random(20 * MIB, 9);
        try (S3AsyncClient async = S3Clients.async(harness, true)) {
            async.putObject(b -> b.bucket(BUCKET).key("twenty"), AsyncRequestBody.fromBytes(data)).get();
        }

        var got = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key("twenty"));
        assertThat(got.asByteArray()).isEqualTo(data);
        assertThat(got.response().eTag()).matches("\"[0-9a-f]{32}-\\d+\"");
    }

    private static byte[] random(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static byte[] md5(byte[] data) throws Exception {
        return MessageDigest.getInstance("MD5").digest(data);
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

}
