package io.kinesisharness.internal.firehose.delivery.s3client;

import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.firehose.delivery.DeliveryFailure;
import io.kinesisharness.internal.firehose.delivery.ExternalS3;
import io.kinesisharness.internal.firehose.delivery.ObjectTarget;
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
 * The SDK is an optional dependency; this class is loaded by name ({@link ExternalS3}) only when the setting names
 * an endpoint, from the standalone jar's bundle there.
 */
public final class ExternalS3Objects implements ObjectTarget {

    private final S3Client client;

    private ExternalS3Objects(S3Client client) {
        this.client = client;
    }

    /** Connects through the SDK's S3 client; what {@link ExternalS3} instantiates by name. */
    public static final class Connect implements ExternalS3.Connector {

        @Override
        public ObjectTarget connect(String endpoint, Scope scope, String defaultAccessKey, String defaultSecret) {
            return ExternalS3Objects.connect(endpoint, scope, defaultAccessKey, defaultSecret);
        }
    }

    static ObjectTarget connect(String endpoint, Scope scope, String defaultAccessKey, String defaultSecret) {
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
