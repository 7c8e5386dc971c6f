package io.kinesisharness.junit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;

@KinesisHarnessTest
@S3Bucket("landing")
@S3Bucket("archive")
class S3InjectionTest {

    @Test
    void class_buckets_exist_and_the_injected_client_reaches_them(S3Client s3) {
        assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).containsExactly("archive", "landing");

        s3.putObject(b -> b.bucket("landing").key("a.json"), RequestBody.fromString("{}"));

        assertThat(s3.getObjectAsBytes(b -> b.bucket("landing").key("a.json")).asUtf8String()).isEqualTo("{}");
    }

    @Test
    void each_test_starts_with_the_class_buckets_empty(S3Client s3) {
        assertThat(s3.listObjectsV2(b -> b.bucket("landing")).contents()).isEmpty();
    }

    @Test
    @S3Bucket("only-here")
    void a_method_bucket_exists_for_that_test(S3Client s3, S3AsyncClient async) throws Exception {
        assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).contains("only-here");
        s3.putObject(b -> b.bucket("only-here").key("k"), RequestBody.fromString("v"));

        assertThat(async.getObject(b -> b.bucket("only-here").key("k"), AsyncResponseTransformer.toBytes()).get()
                .asUtf8String()).isEqualTo("v");
    }

    @Test
    void the_same_s3_client_is_injected_within_a_class(S3Client first, S3Client second) {
        assertThat(first).isSameAs(second);
    }

    @Nested
    class NestedTests {
        @Test
        void nested_classes_share_the_harness_and_its_buckets(S3Client s3) {
            assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).containsExactly("archive", "landing");
        }
    }
}
