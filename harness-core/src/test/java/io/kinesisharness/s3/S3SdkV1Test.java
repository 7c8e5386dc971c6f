package io.kinesisharness.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.client.builder.AwsClientBuilder;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;
import com.amazonaws.services.s3.model.AmazonS3Exception;
import com.amazonaws.services.s3.model.ObjectMetadata;
import com.amazonaws.services.s3.model.S3Object;
import com.amazonaws.services.s3.model.S3ObjectSummary;
import com.amazonaws.services.s3.transfer.TransferManager;
import com.amazonaws.services.s3.transfer.TransferManagerBuilder;
import io.kinesisharness.KinesisHarness;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SDK for Java v1's S3 client: its own signer (signed chunks without a Content-Encoding), its own checks (it
 * verifies the MD5 entity tag of every upload and whole download), and its TransferManager's multipart uploads.
 */
class S3SdkV1Test {

    private KinesisHarness harness;
    private AmazonS3 s3;

    @BeforeEach
    void start() {
        harness = KinesisHarness.builder().start();
        s3 = AmazonS3ClientBuilder.standard()
                .withEndpointConfiguration(new AwsClientBuilder.EndpointConfiguration(harness.endpoint().toString(),
                        harness.region()))
                .withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials(harness.accessKey(), "x")))
                .withPathStyleAccessEnabled(true).build();
    }

    @AfterEach
    void stop() {
        s3.shutdown();
        harness.close();
    }

    @Test
    void objects_are_written_listed_read_and_deleted() throws Exception {
        s3.createBucket("v1-bucket");
        ObjectMetadata meta = new ObjectMetadata();
        meta.setContentType("text/csv");
        meta.addUserMetadata("origin", "v1");
        meta.setContentLength(11);
        s3.putObject("v1-bucket", "data/one.csv", new ByteArrayInputStream("a,b\n1,2\n3,4".getBytes()), meta);
        s3.putObject("v1-bucket", "data/two.csv", "x,y");

        assertThat(s3.listObjectsV2("v1-bucket", "data/").getObjectSummaries()).extracting(S3ObjectSummary::getKey)
                .containsExactly("data/one.csv", "data/two.csv");
        try (S3Object o = s3.getObject("v1-bucket", "data/one.csv")) {
            assertThat(new String(o.getObjectContent().readAllBytes())).isEqualTo("a,b\n1,2\n3,4");
            assertThat(o.getObjectMetadata().getContentType()).isEqualTo("text/csv");
            assertThat(o.getObjectMetadata().getUserMetaDataOf("origin")).isEqualTo("v1");
        }
        assertThat(s3.doesObjectExist("v1-bucket", "data/two.csv")).isTrue();
        s3.deleteObject("v1-bucket", "data/two.csv");
        assertThat(s3.doesObjectExist("v1-bucket", "data/two.csv")).isFalse();
        assertThat(s3.doesBucketExistV2("v1-bucket")).isTrue();
        assertThat(s3.listBuckets()).extracting(b -> b.getName()).containsExactly("v1-bucket");
    }

    @Test
    void a_missing_key_is_no_such_key_with_its_status() {
        s3.createBucket("v1-errors");

        assertThatThrownBy(() -> s3.getObject("v1-errors", "nope"))
                .isInstanceOfSatisfying(AmazonS3Exception.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(404);
                    assertThat(e.getErrorCode()).isEqualTo("NoSuchKey");
                    assertThat(e.getErrorMessage()).isEqualTo("The specified key does not exist.");
                });
    }

    @Test
    void the_transfer_manager_uploads_and_downloads_20_mb_in_parts(@TempDir Path dir) throws Exception {
        s3.createBucket("v1-transfer");
        byte[] data = new byte[20 * 1024 * 1024];
        new Random(11).nextBytes(data);
        File source = dir.resolve("in.bin").toFile();
        Files.write(source.toPath(), data);
        TransferManager tm = TransferManagerBuilder.standard().withS3Client(s3)
                .withMultipartUploadThreshold(8L * 1024 * 1024).withMinimumUploadPartSize(5L * 1024 * 1024).build();
        try {
            tm.upload("v1-transfer", "big.bin", source).waitForCompletion();
            File target = dir.resolve("out.bin").toFile();
            tm.download("v1-transfer", "big.bin", target).waitForCompletion();

            assertThat(Files.readAllBytes(target.toPath())).isEqualTo(data);
            assertThat(s3.getObjectMetadata("v1-transfer", "big.bin").getETag()).matches("[0-9a-f]{32}-4");
        } finally {
            tm.shutdownNow(false);
        }
    }
}
