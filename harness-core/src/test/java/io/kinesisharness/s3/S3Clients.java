package io.kinesisharness.s3;

import io.kinesisharness.KinesisHarness;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import org.apache.http.conn.DnsResolver;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** SDK v2 S3 clients for a harness, with today's defaults (flexible checksums, chunked uploads) and no retries. */
final class S3Clients {

    private S3Clients() {
    }

    /** Reaches the harness by IP: the SDK then addresses buckets path-style by itself. */
    static S3Client pathStyle(KinesisHarness h) {
        return base(h).endpointOverride(h.endpoint()).build();
    }

    /**
     * Reaches the harness as {@code localhost}: the SDK then sends {@code bucket.localhost}, resolved here to the
     * loopback address (most machines have no DNS entry for it).
     */
    static S3Client virtualHosted(KinesisHarness h) {
        return base(h).endpointOverride(URI.create("http://localhost:" + h.port()))
                .httpClientBuilder(ApacheHttpClient.builder().dnsResolver(new LocalhostSubdomains())).build();
    }

    static S3AsyncClient async(KinesisHarness h, boolean multipart) {
        return S3AsyncClient.builder().endpointOverride(h.endpoint()).region(Region.of(h.region()))
                .credentialsProvider(credentials(h)).multipartEnabled(multipart)
                .overrideConfiguration(o -> o.retryPolicy(RetryPolicy.none())).build();
    }

    static S3ClientBuilder base(KinesisHarness h) {
        return S3Client.builder().region(Region.of(h.region())).credentialsProvider(credentials(h))
                .overrideConfiguration(o -> o.retryPolicy(RetryPolicy.none()));
    }

    static StaticCredentialsProvider credentials(KinesisHarness h) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(h.accessKey(), h.secretKey()));
    }

    /** {@code anything.localhost} is the loopback address, as RFC 6761 says it should be. */
    private static final class LocalhostSubdomains implements DnsResolver {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            if (host.toLowerCase(Locale.ROOT).endsWith(".localhost")) {
                return new InetAddress[] {InetAddress.getLoopbackAddress()};
            }
            return InetAddress.getAllByName(host);
        }
    }
}
