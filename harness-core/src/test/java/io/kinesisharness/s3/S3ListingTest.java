package io.kinesisharness.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.KinesisHarness;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.EncodingType;
import software.amazon.awssdk.services.s3.model.ListObjectsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** ListObjectsV2 and ListObjects through the SDK v2 client, over one bucket of keys written once. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3ListingTest {

    private static final String BUCKET = "listing";
    private static final List<String> KEYS = List.of("a.txt", "docs/guide.md", "docs/notes/1.txt", "docs/notes/2.txt",
            "img/logo.png", "img/photo.jpg", "z+plus", "z space");

    private KinesisHarness harness;
    private S3Client s3;

    @BeforeAll
    void start() {
        harness = KinesisHarness.builder().bucket(BUCKET).start();
        s3 = S3Clients.pathStyle(harness);
        for (String k : KEYS) {
            s3.putObject(b -> b.bucket(BUCKET).key(k), RequestBody.fromString(k));
        }
    }

    @AfterAll
    void stop() {
        s3.close();
        harness.close();
    }

    @Test
    void keys_are_listed_in_order_with_size_etag_and_storage_class() {
        ListObjectsV2Response r = s3.listObjectsV2(b -> b.bucket(BUCKET));

        assertThat(r.contents()).extracting(S3Object::key).containsExactly("a.txt", "docs/guide.md",
                "docs/notes/1.txt", "docs/notes/2.txt", "img/logo.png", "img/photo.jpg", "z space", "z+plus");
        assertThat(r.keyCount()).isEqualTo(8);
        assertThat(r.isTruncated()).isFalse();
        S3Object first = r.contents().get(0);
        assertThat(first.size()).isEqualTo(5);
        assertThat(first.eTag()).isEqualTo('"' + S3ObjectsTest.md5("a.txt".getBytes()) + '"');
        assertThat(first.storageClassAsString()).isEqualTo("STANDARD");
        assertThat(first.owner()).isNull();
    }

    @Test
    void a_delimiter_rolls_keys_up_into_common_prefixes_that_count_as_keys() {
        ListObjectsV2Response r = s3.listObjectsV2(b -> b.bucket(BUCKET).delimiter("/"));

        assertThat(r.contents()).extracting(S3Object::key).containsExactly("a.txt", "z space", "z+plus");
        assertThat(r.commonPrefixes()).extracting(CommonPrefix::prefix).containsExactly("docs/", "img/");
        assertThat(r.keyCount()).isEqualTo(5);

        ListObjectsV2Response docs = s3.listObjectsV2(b -> b.bucket(BUCKET).prefix("docs/").delimiter("/"));
        assertThat(docs.contents()).extracting(S3Object::key).containsExactly("docs/guide.md");
        assertThat(docs.commonPrefixes()).extracting(CommonPrefix::prefix).containsExactly("docs/notes/");
    }

    @Test
    void pages_of_max_keys_follow_continuation_tokens_to_the_end() {
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String t = token;
            ListObjectsV2Response page = s3.listObjectsV2(b -> b.bucket(BUCKET).maxKeys(3).continuationToken(t));
            page.contents().forEach(o -> seen.add(o.key()));
            page.commonPrefixes().forEach(p -> seen.add(p.prefix()));
            assertThat(page.maxKeys()).isEqualTo(3);
            token = page.nextContinuationToken();
            assertThat(page.isTruncated()).isEqualTo(token != null);
            pages++;
        } while (token != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(s3.listObjectsV2(b -> b.bucket(BUCKET)).contents().stream()
                .map(S3Object::key).toList());
    }

    @Test
    void paging_with_a_delimiter_never_repeats_a_common_prefix() {
        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            String t = token;
            ListObjectsV2Response page = s3.listObjectsV2(b -> b.bucket(BUCKET).delimiter("/").maxKeys(1)
                    .continuationToken(t));
            page.contents().forEach(o -> seen.add(o.key()));
            page.commonPrefixes().forEach(p -> seen.add(p.prefix()));
            token = page.nextContinuationToken();
        } while (token != null);

        assertThat(seen).containsExactly("a.txt", "docs/", "img/", "z space", "z+plus");
    }

    @Test
    void start_after_skips_to_the_key_after_it() {
        ListObjectsV2Response r = s3.listObjectsV2(b -> b.bucket(BUCKET).startAfter("img/logo.png"));

        assertThat(r.contents()).extracting(S3Object::key).containsExactly("img/photo.jpg", "z space", "z+plus");
        assertThat(r.startAfter()).isEqualTo("img/logo.png");
    }

    @Test
    void url_encoding_type_encodes_keys_and_the_sdk_decodes_them() {
        ListObjectsV2Response r = s3.listObjectsV2(b -> b.bucket(BUCKET).prefix("z").encodingType(EncodingType.URL));

        assertThat(r.encodingType()).isEqualTo(EncodingType.URL);
        assertThat(r.contents()).extracting(S3Object::key).containsExactly("z space", "z+plus");
    }

    @Test
    void fetch_owner_adds_the_owner_to_each_key() {
        ListObjectsV2Response r = s3.listObjectsV2(b -> b.bucket(BUCKET).fetchOwner(true).maxKeys(1));

        assertThat(r.contents().get(0).owner().id()).hasSize(64);
    }

    @Test
    void list_objects_v1_pages_by_marker_with_next_marker_only_for_delimited_listings() {
        ListObjectsResponse first = s3.listObjects(b -> b.bucket(BUCKET).maxKeys(2));
        assertThat(first.contents()).extracting(S3Object::key).containsExactly("a.txt", "docs/guide.md");
        assertThat(first.isTruncated()).isTrue();
        assertThat(first.nextMarker()).isNull();
        assertThat(first.contents().get(0).owner()).isNotNull();

        ListObjectsResponse next = s3.listObjects(b -> b.bucket(BUCKET).maxKeys(2).marker("docs/guide.md"));
        assertThat(next.contents()).extracting(S3Object::key).containsExactly("docs/notes/1.txt", "docs/notes/2.txt");

        ListObjectsResponse delimited = s3.listObjects(b -> b.bucket(BUCKET).delimiter("/").maxKeys(2));
        assertThat(delimited.contents()).extracting(S3Object::key).containsExactly("a.txt");
        assertThat(delimited.commonPrefixes()).extracting(CommonPrefix::prefix).containsExactly("docs/");
        assertThat(delimited.nextMarker()).isEqualTo("docs/");
    }

    @Test
    void a_bad_continuation_token_is_invalid_argument() {
        assertThatThrownBy(() -> s3.listObjectsV2(b -> b.bucket(BUCKET).continuationToken("not-ours")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidArgument");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The continuation token provided is "
                            + "incorrect");
                });
    }
}
