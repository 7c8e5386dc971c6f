package io.kinesisharness.internal.firehose.delivery;

import io.kinesisharness.internal.common.LibraryBundle;
import io.kinesisharness.internal.common.Scope;

/**
 * Finds the S3 client for deliveries to an endpoint outside the harness ({@code firehose-s3-endpoint}). In-process,
 * the AWS SDK's S3 client is an optional dependency used directly when the class path has it. The standalone jar
 * carries it as a bundle ({@value #BUNDLE}) loaded only when the setting names an endpoint, so that a start never opens
 * the SDK's 5,000 classes.
 */
public final class ExternalS3 {

    /** Builds the target; implemented beside the SDK ({@code s3client.ExternalS3Objects}). */
    public interface Connector {
        ObjectTarget connect(String endpoint, Scope scope, String defaultAccessKey, String defaultSecret);
    }

    static final String BUNDLE = "META-INF/kinesis-harness/s3-client-bundle.zip";
    private static final String CONNECTOR =
            "io.kinesisharness.internal.firehose.delivery.s3client.ExternalS3Objects$Connect";
    private static final LibraryBundle CLIENT = new LibraryBundle(BUNDLE, "s3-client",
            "software/amazon/awssdk/services/s3/S3Client.class",
            "software/amazon/awssdk/http/urlconnection/UrlConnectionHttpClient.class",
            CONNECTOR.replace('.', '/') + ".class");

    private ExternalS3() {
    }

    /**
     * @param endpoint {@code http://host:port}, with credentials as user info ({@code http://key:secret@host:port})
     *     or none (the harness's own access key then)
     * @throws IllegalStateException naming the missing artifacts when the SDK's S3 client is not on the classpath
     */
    public static ObjectTarget connect(String endpoint, Scope scope, String defaultAccessKey, String defaultSecret) {
        if (!CLIENT.available()) {
            throw new IllegalStateException("firehose-s3-endpoint needs the AWS SDK's S3 client on the classpath: add "
                    + "software.amazon.awssdk:s3 and software.amazon.awssdk:url-connection-client");
        }
        return CLIENT.instance(CONNECTOR, Connector.class).connect(endpoint, scope, defaultAccessKey, defaultSecret);
    }
}
