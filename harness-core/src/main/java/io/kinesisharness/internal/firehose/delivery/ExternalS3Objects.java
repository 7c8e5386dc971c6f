package io.kinesisharness.internal.firehose.delivery;

import io.kinesisharness.internal.common.Scope;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * S3 deliveries into an S3-compatible endpoint outside the harness ({@code firehose-s3-endpoint}), through the AWS
 * SDK's own S3 client: the protocol's details (signing, checksums, addressing) are the SDK's, not re-made here.
 * The SDK is an optional dependency; this class is loaded only when the setting names an endpoint.
 */
public final class ExternalS3Objects implements ObjectTarget {

    private final S3Client client;

    private ExternalS3Objects(S3Client client) {
        this.client = client;
    }

    /**
     * @param endpoint {@code http://host:port}, with credentials as user info ({@code http://key:secret@host:port})
     *     or none (the harness's own access key then)
     * @throws IllegalStateException naming the missing artifacts when the SDK's S3 client is not on the classpath
     */
    public static ObjectTarget connect(String endpoint, Scope scope, String defaultAccessKey, String defaultSecret) {
        try {
            Class.forName("software.amazon.awssdk.services.s3.S3Client");
            Class.forName("software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("firehose-s3-endpoint needs the AWS SDK's S3 client on the classpath: add "
                    + "software.amazon.awssdk:s3 and software.amazon.awssdk:url-connection-client");
        }
        URI uri = URI.create(endpoint);
        String key = defaultAccessKey;
        String secret = defaultSecret;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            key = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            secret = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
        }
        URI plain = URI.create(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
        S3Client client = S3Client.builder().endpointOverride(plain).region(Region.of(scope.region()))
                .forcePathStyle(true).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(key, secret)))
                .build();
        return new ExternalS3Objects(client);
    }

    @Override
    public void put(Scope account, String bucket, String key, byte[] body, String contentType,
            String contentEncoding) {
        try {
            client.putObject(b -> b.bucket(bucket).key(key).contentType(contentType).contentEncoding(contentEncoding),
                    RequestBody.fromBytes(body));
        } catch (S3Exception e) {
            String code = e.awsErrorDetails() == null ? "InternalError" : e.awsErrorDetails().errorCode();
            throw new DeliveryFailure("S3." + code, e.awsErrorDetails() == null ? e.getMessage()
                    : e.awsErrorDetails().errorMessage());
        } catch (SdkClientException e) {
            throw new DeliveryFailure("S3.InternalError", e.getMessage());
        }
    }
}
