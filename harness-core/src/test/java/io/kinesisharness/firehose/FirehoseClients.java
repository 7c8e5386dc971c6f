package io.kinesisharness.firehose;

import io.kinesisharness.KinesisHarness;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.firehose.model.BufferingHints;
import software.amazon.awssdk.services.firehose.model.CreateDeliveryStreamRequest;
import software.amazon.awssdk.services.firehose.model.ExtendedS3DestinationConfiguration;
import software.amazon.awssdk.services.firehose.model.PutRecordBatchResponse;
import software.amazon.awssdk.services.firehose.model.Record;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.core.SdkBytes;
import java.util.List;
import java.util.function.Consumer;

/** SDK v2 clients for Firehose tests, with no retries, and the configuration pieces the tests repeat. */
final class FirehoseClients {

    static final String ROLE = "arn:aws:iam::000000000000:role/firehose";

    private FirehoseClients() {
    }

    static FirehoseClient firehose(KinesisHarness h) {
        return FirehoseClient.builder().endpointOverride(h.endpoint()).region(Region.of(h.region()))
                .credentialsProvider(credentials(h)).overrideConfiguration(o -> o.retryPolicy(RetryPolicy.none()))
                .build();
    }

    static S3Client s3(KinesisHarness h) {
        return S3Client.builder().endpointOverride(h.endpoint()).region(Region.of(h.region()))
                .credentialsProvider(credentials(h)).forcePathStyle(true)
                .overrideConfiguration(o -> o.retryPolicy(RetryPolicy.none())).build();
    }

    /** One Firehose call as JSON over plain HTTP, answering the body as text (what the wire carries, unredacted). */
    static String rawCall(KinesisHarness h, String operation, String json) {
        try {
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(h.endpoint())
                            .header("Content-Type", "application/x-amz-json-1.1")
                            .header("X-Amz-Target", "Firehose_20150804." + operation)
                            .header("X-Amz-Date", "20261206T100000Z")
                            .header("Authorization", "AWS4-HMAC-SHA256 Credential=" + h.accessKey() + "/20261206/"
                                    + h.region() + "/firehose/aws4_request, SignedHeaders=host, Signature=00")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static StaticCredentialsProvider credentials(KinesisHarness h) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(h.accessKey(), h.secretKey()));
    }

    /** An ExtendedS3 stream into {@code bucket}, with the given hints, further configured by {@code s3}. */
    static void createS3Stream(FirehoseClient firehose, String name, String bucket, int sizeMb, int intervalSeconds,
            Consumer<ExtendedS3DestinationConfiguration.Builder> s3) {
        firehose.createDeliveryStream(CreateDeliveryStreamRequest.builder().deliveryStreamName(name)
                .extendedS3DestinationConfiguration(b -> {
                    b.bucketARN("arn:aws:s3:::" + bucket).roleARN(ROLE).bufferingHints(BufferingHints.builder()
                            .sizeInMBs(sizeMb).intervalInSeconds(intervalSeconds).build());
                    s3.accept(b);
                }).build());
    }

    static PutRecordBatchResponse putAll(FirehoseClient firehose, String stream, List<String> records) {
        return firehose.putRecordBatch(b -> b.deliveryStreamName(stream).records(records.stream()
                .map(r -> Record.builder().data(SdkBytes.fromUtf8String(r)).build()).toList()));
    }
}
