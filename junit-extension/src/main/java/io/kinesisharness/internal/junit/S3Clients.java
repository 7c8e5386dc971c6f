package io.kinesisharness.internal.junit;

import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * S3 clients pointed at a harness, with the SDK's defaults otherwise (flexible checksums included). They address
 * buckets path-style: over http the harness's endpoint is an IP address, for which the SDK would do so by itself,
 * but over https it is {@code localhost} (the name its certificate holds), and a virtual-hosted
 * {@code bucket.localhost} would need a DNS entry that few machines have. Loaded only when a test asks for one,
 * so the S3 module of the SDK stays optional.
 */
public final class S3Clients {

    private S3Clients() {
    }

    public static S3Client s3(HarnessResource r) {
        return SdkClients.sync(S3Client.builder().forcePathStyle(true), r);
    }

    public static S3AsyncClient s3Async(HarnessResource r) {
        return SdkClients.asyncHttp1(S3AsyncClient.builder().forcePathStyle(true), r);
    }
}
