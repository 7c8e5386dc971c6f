package io.kinesisharness.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Presigned URLs from the SDK's presigner, used by a plain HTTP client: they work until the harness clock passes
 * their expiry, then S3's {@code AccessDenied "Request has expired"} answers. The presigner signs with the
 * machine's clock, so each test sets the harness clock to the URL's own signing time before advancing it: the
 * outcome then depends on the harness clock only.
 */
class S3PresignedUrlTest {

    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final Pattern SIGNED_AT = Pattern.compile("X-Amz-Date=(\\d{8}T\\d{6}Z)");

    private KinesisHarness harness;
    private S3Client s3;
    private S3Presigner presigner;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        // A MANUAL clock an hour behind the machine's, so that setting it to a signing time only moves it forward.
        harness = KinesisHarness.builder().clock(ClockMode.MANUAL).startTime(Instant.now().minus(Duration.ofHours(1)))
                .bucket("links").start();
        s3 = S3Clients.pathStyle(harness);
        s3.putObject(b -> b.bucket("links").key("report.csv"), RequestBody.fromString("a,b\n1,2\n"));
        presigner = S3Presigner.builder().endpointOverride(harness.endpoint()).region(Region.of(harness.region()))
                .credentialsProvider(S3Clients.credentials(harness)).build();
    }

    @AfterEach
    void stop() {
        presigner.close();
        s3.close();
        harness.close();
    }

    @Test
    void a_presigned_get_works_until_the_harness_clock_passes_its_expiry() throws Exception {
        URL url = presigner.presignGetObject(p -> p.signatureDuration(Duration.ofMinutes(15))
                .getObjectRequest(g -> g.bucket("links").key("report.csv"))).url();
        Instant signedAt = signedAt(url);
        harness.clock().setTo(signedAt);

        assertThat(get(url).body()).isEqualTo("a,b\n1,2\n");
        harness.clock().advance(Duration.ofMinutes(15));
        assertThat(get(url).statusCode()).as("valid through its last second").isEqualTo(200);

        harness.clock().advance(Duration.ofSeconds(1));
        HttpResponse<String> expired = get(url);
        assertThat(expired.statusCode()).isEqualTo(403);
        assertThat(expired.body()).contains("<Code>AccessDenied</Code><Message>Request has expired</Message>"
                + "<X-Amz-Expires>900</X-Amz-Expires><Expires>" + signedAt.plusSeconds(900) + "</Expires>"
                + "<ServerTime>" + signedAt.plusSeconds(901) + "</ServerTime><RequestId>");
    }

    @Test
    void a_presigned_put_uploads_while_valid_and_is_refused_once_expired() throws Exception {
        URL url = presigner.presignPutObject(p -> p.signatureDuration(Duration.ofMinutes(5))
                .putObjectRequest(o -> o.bucket("links").key("upload.txt"))).url();
        harness.clock().setTo(signedAt(url));

        assertThat(put(url, "first").statusCode()).isEqualTo(200);
        assertThat(s3.getObjectAsBytes(g -> g.bucket("links").key("upload.txt")).asUtf8String()).isEqualTo("first");

        harness.clock().advance(Duration.ofMinutes(6));
        assertThat(put(url, "second").statusCode()).isEqualTo(403);
        assertThat(s3.getObjectAsBytes(g -> g.bucket("links").key("upload.txt")).asUtf8String())
                .as("the refused upload stored nothing").isEqualTo("first");
    }

    @Test
    void malformed_or_overlong_query_signatures_get_s3s_authorization_query_parameters_error() throws Exception {
        String base = harness.endpoint() + "/links/report.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential="
                + "000000000000%2F20260101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-SignedHeaders=host&X-Amz-Signature=0";
        HttpResponse<String> week = get(new URL(base + "&X-Amz-Date=20260101T000000Z&X-Amz-Expires=604801"));
        assertThat(week.statusCode()).isEqualTo(400);
        assertThat(week.body()).contains("<Code>AuthorizationQueryParametersError</Code><Message>X-Amz-Expires must "
                + "be less than a week (in seconds); that is, the given X-Amz-Expires must be less than 604800 "
                + "seconds</Message>");
        HttpResponse<String> missing = get(new URL(base + "&X-Amz-Date=20260101T000000Z"));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("<Message>Query-string authentication version 4 requires the "
                + "X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and "
                + "X-Amz-Expires parameters.</Message>");
        HttpResponse<String> date = get(new URL(base + "&X-Amz-Date=2026-01-01&X-Amz-Expires=60"));
        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(date.body()).contains("<Message>X-Amz-Date must be in the ISO8601 Long Format "
                + "&quot;yyyyMMdd&apos;T&apos;HHmmss&apos;Z&apos;&quot;</Message>");
    }

    @Test
    void a_signature_version_2_url_expires_at_its_expires_second() throws Exception {
        long expires = harness.clock().now().getEpochSecond() + 60;
        URL url = new URL(harness.endpoint() + "/links/report.csv?AWSAccessKeyId=000000000000&Signature=abc%3D"
                + "&Expires=" + expires);
        assertThat(get(url).statusCode()).isEqualTo(200);
        harness.clock().advance(Duration.ofSeconds(61));
        HttpResponse<String> expired = get(url);
        assertThat(expired.statusCode()).isEqualTo(403);
        assertThat(expired.body()).contains("<Message>Request has expired</Message><Expires>"
                + Instant.ofEpochSecond(expires) + "</Expires><ServerTime>");
    }

    private static Instant signedAt(URL url) {
        Matcher m = SIGNED_AT.matcher(url.getQuery());
        assertThat(m.find()).as("a SigV4 presigned URL: %s", url).isTrue();
        return LocalDateTime.parse(m.group(1), AMZ_DATE).toInstant(ZoneOffset.UTC);
    }

    private HttpResponse<String> get(URL url) throws Exception {
        return http.send(HttpRequest.newBuilder(url.toURI()).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(URL url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url.toString())).PUT(HttpRequest.BodyPublishers
                .ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
