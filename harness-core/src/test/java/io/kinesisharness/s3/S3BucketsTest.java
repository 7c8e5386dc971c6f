package io.kinesisharness.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.BucketAlreadyExistsException;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.HeadBucketResponse;
import software.amazon.awssdk.services.s3.model.ListBucketsResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Buckets through the SDK v2 S3 client: created, listed, located, checked and deleted, with AWS's refusals. */
class S3BucketsTest {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    private KinesisHarness harness;
    private S3Client s3;

    @BeforeEach
    void start() {
        harness = KinesisHarness.builder().clock(ClockMode.MANUAL).startTime(START).start();
        s3 = S3Clients.pathStyle(harness);
    }

    @AfterEach
    void stop() {
        s3.close();
        harness.close();
    }

    @Test
    void a_created_bucket_is_listed_with_its_creation_time_and_answers_head_and_location() {
        s3.createBucket(b -> b.bucket("orders"));
        s3.createBucket(b -> b.bucket("audit"));

        ListBucketsResponse list = s3.listBuckets();
        assertThat(list.buckets()).extracting(Bucket::name).containsExactly("audit", "orders");
        assertThat(list.buckets().get(0).creationDate()).isEqualTo(START);
        assertThat(list.owner().id()).hasSize(64);
        HeadBucketResponse head = s3.headBucket(b -> b.bucket("orders"));
        assertThat(head.bucketRegion()).isEqualTo("us-east-1");
        // us-east-1 buckets have no location constraint: the SDK reads the empty element as none.
        assertThat(s3.getBucketLocation(b -> b.bucket("orders")).locationConstraintAsString()).isNullOrEmpty();
    }

    @Test
    void list_buckets_pages_by_max_buckets_and_filters_by_prefix_naming_regions() {
        for (String name : List.of("a-1", "a-2", "a-3", "b-1")) {
            s3.createBucket(b -> b.bucket(name));
        }

        ListBucketsResponse first = s3.listBuckets(b -> b.maxBuckets(2).prefix("a-"));
        assertThat(first.buckets()).extracting(Bucket::name).containsExactly("a-1", "a-2");
        assertThat(first.buckets()).extracting(Bucket::bucketRegion).containsOnly("us-east-1");
        assertThat(first.continuationToken()).isNotBlank();
        ListBucketsResponse second = s3.listBuckets(b -> b.maxBuckets(2).prefix("a-")
                .continuationToken(first.continuationToken()));
        assertThat(second.buckets()).extracting(Bucket::name).containsExactly("a-3");
        assertThat(second.continuationToken()).isNull();
    }

    @Test
    void recreating_ones_own_bucket_in_us_east_1_succeeds_as_aws_does_for_legacy_clients() {
        s3.createBucket(b -> b.bucket("again"));
        s3.putObject(b -> b.bucket("again").key("k"), RequestBody.fromString("kept"));

        s3.createBucket(b -> b.bucket("again"));

        assertThat(s3.getObjectAsBytes(b -> b.bucket("again").key("k")).asUtf8String()).isEqualTo("kept");
    }

    @Test
    void outside_us_east_1_recreating_ones_own_bucket_is_bucket_already_owned_by_you() {
        try (KinesisHarness eu = KinesisHarness.builder().region("eu-west-1").start();
             S3Client euS3 = S3Clients.pathStyle(eu)) {
            euS3.createBucket(b -> b.bucket("eu-bucket"));

            assertThat(euS3.getBucketLocation(b -> b.bucket("eu-bucket")).locationConstraint())
                    .isEqualTo(BucketLocationConstraint.EU_WEST_1);
            assertThatThrownBy(() -> euS3.createBucket(b -> b.bucket("eu-bucket")))
                    .isInstanceOfSatisfying(BucketAlreadyOwnedByYouException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(409);
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Your previous request to create "
                                + "the named bucket succeeded and you already own it.");
                    });
        }
    }

    @Test
    void a_name_taken_by_another_account_is_bucket_already_exists_and_its_bucket_is_access_denied() {
        s3.createBucket(b -> b.bucket("shared-name"));
        try (S3Client other = S3Clients.base(harness).endpointOverride(harness.endpoint())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("111111111111", "x")))
                .build()) {
            assertThatThrownBy(() -> other.createBucket(b -> b.bucket("shared-name")))
                    .isInstanceOf(BucketAlreadyExistsException.class);
            assertThatThrownBy(() -> other.listObjectsV2(b -> b.bucket("shared-name")))
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(403);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                    });
            assertThat(other.listBuckets().buckets()).isEmpty();
        }
    }

    @Test
    void an_expected_bucket_owner_that_is_not_the_owner_is_access_denied() {
        s3.createBucket(b -> b.bucket("owned"));
        String owner = harness.accountId();
        s3.putObject(b -> b.bucket("owned").key("k").expectedBucketOwner(owner), RequestBody.fromString("v"));
        assertThatThrownBy(() -> s3.putObject(b -> b.bucket("owned").key("k2").expectedBucketOwner("111122223333"),
                RequestBody.fromString("v"))).isInstanceOf(S3Exception.class)
                .satisfies(e -> assertThat(((S3Exception) e).awsErrorDetails().errorCode()).isEqualTo("AccessDenied"));
        assertThatThrownBy(() -> s3.headBucket(b -> b.bucket("owned").expectedBucketOwner("111122223333")))
                .isInstanceOf(S3Exception.class).satisfies(e -> assertThat(((S3Exception) e).statusCode())
                        .isEqualTo(403));
        s3.copyObject(b -> b.sourceBucket("owned").sourceKey("k").destinationBucket("owned").destinationKey("c1")
                .expectedSourceBucketOwner(owner).expectedBucketOwner(owner));
        assertThatThrownBy(() -> s3.copyObject(b -> b.sourceBucket("owned").sourceKey("k").destinationBucket("owned")
                .destinationKey("c2").expectedSourceBucketOwner("111122223333"))).isInstanceOf(S3Exception.class);
        assertThat(s3.listObjectsV2(b -> b.bucket("owned")).keyCount()).isEqualTo(2);
    }

    @Test
    void a_client_signing_for_another_region_is_redirected_to_the_buckets_region() {
        s3.createBucket(b -> b.bucket("east"));
        try (S3Client west = S3Clients.base(harness).endpointOverride(harness.endpoint()).region(Region.US_WEST_2)
                .build()) {
            assertThatThrownBy(() -> west.listObjectsV2(b -> b.bucket("east")))
                    .isInstanceOfSatisfying(S3Exception.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(301);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("PermanentRedirect");
                        assertThat(e.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("x-amz-bucket-region"))
                                .hasValue("us-east-1");
                    });
        }
    }

    @Test
    void deleting_a_bucket_with_objects_is_refused_until_it_is_empty() {
        s3.createBucket(b -> b.bucket("full"));
        s3.putObject(b -> b.bucket("full").key("one"), RequestBody.fromString("1"));

        assertThatThrownBy(() -> s3.deleteBucket(b -> b.bucket("full")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(409);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("BucketNotEmpty");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The bucket you tried to delete is not "
                            + "empty");
                });
        s3.deleteObject(b -> b.bucket("full").key("one"));
        s3.deleteBucket(b -> b.bucket("full"));

        assertThat(s3.listBuckets().buckets()).isEmpty();
        assertThatThrownBy(() -> s3.headBucket(b -> b.bucket("full"))).isInstanceOf(NoSuchBucketException.class);
    }

    @Test
    void a_missing_bucket_is_no_such_bucket_naming_it() {
        assertThatThrownBy(() -> s3.listObjectsV2(b -> b.bucket("nowhere")))
                .isInstanceOfSatisfying(NoSuchBucketException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The specified bucket does not exist");
                });
        assertThatThrownBy(() -> s3.deleteBucket(b -> b.bucket("nowhere"))).isInstanceOf(NoSuchBucketException.class);
    }

    @Test
    void buckets_declared_on_the_builder_exist_at_start_and_come_back_empty_after_a_reset() {
        try (KinesisHarness h = KinesisHarness.builder().bucket("landing").bucket("archive").start();
             S3Client client = S3Clients.pathStyle(h)) {
            client.putObject(b -> b.bucket("landing").key("x"), RequestBody.fromString("x"));
            client.createBucket(b -> b.bucket("scratch"));

            h.reset();

            assertThat(client.listBuckets().buckets()).extracting(Bucket::name).containsExactly("archive", "landing");
            assertThat(client.listObjectsV2(b -> b.bucket("landing")).contents()).isEmpty();
        }
    }

    @Test
    void create_bucket_in_process_checks_the_name() {
        assertThatThrownBy(() -> harness.createBucket("Not_Valid")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a valid S3 bucket name");
        harness.createBucket("valid-name");
        assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).containsExactly("valid-name");
    }
}
