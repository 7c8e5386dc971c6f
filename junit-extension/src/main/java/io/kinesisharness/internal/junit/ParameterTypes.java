package io.kinesisharness.internal.junit;

import io.kinesisharness.HarnessAdmin;
import io.kinesisharness.HarnessClock;
import io.kinesisharness.KinesisHarness;
import io.kinesisharness.firehose.HarnessFirehose;
import io.kinesisharness.lambda.HarnessLambda;
import io.kinesisharness.analytics.HarnessAnalytics;
import io.kinesisharness.glue.HarnessGlue;
import java.util.Set;

/**
 * The parameter types the extension injects. AWS SDK types are recognised by name so that this class never
 * loads the SDK; {@link SdkClients} is touched only when a test asks for one.
 */
public final class ParameterTypes {

    private static final String KINESIS_CLIENT = "software.amazon.awssdk.services.kinesis.KinesisClient";
    private static final String KINESIS_ASYNC_CLIENT = "software.amazon.awssdk.services.kinesis.KinesisAsyncClient";
    private static final String STREAM_READER = "io.kinesisharness.junit.KinesisStreamReader";
    private static final String S3_CLIENT = "software.amazon.awssdk.services.s3.S3Client";
    private static final String S3_ASYNC_CLIENT = "software.amazon.awssdk.services.s3.S3AsyncClient";
    private static final String FIREHOSE_CLIENT = "software.amazon.awssdk.services.firehose.FirehoseClient";
    private static final String FIREHOSE_ASYNC_CLIENT = "software.amazon.awssdk.services.firehose.FirehoseAsyncClient";
    private static final String DYNAMODB_CLIENT = "software.amazon.awssdk.services.dynamodb.DynamoDbClient";
    private static final String DYNAMODB_ASYNC_CLIENT = "software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient";
    private static final String ANALYTICS = "software.amazon.awssdk.services.kinesisanalytics.";
    private static final String ANALYTICS_CLIENT = ANALYTICS + "KinesisAnalyticsClient";
    private static final String ANALYTICS_ASYNC_CLIENT = ANALYTICS + "KinesisAnalyticsAsyncClient";
    private static final String ANALYTICS_V2 = "software.amazon.awssdk.services.kinesisanalyticsv2.";
    private static final String ANALYTICS_V2_CLIENT = ANALYTICS_V2 + "KinesisAnalyticsV2Client";
    private static final String ANALYTICS_V2_ASYNC_CLIENT = ANALYTICS_V2 + "KinesisAnalyticsV2AsyncClient";
    private static final Set<String> SDK_TYPES = Set.of(KINESIS_CLIENT, KINESIS_ASYNC_CLIENT, STREAM_READER,
            S3_CLIENT, S3_ASYNC_CLIENT, FIREHOSE_CLIENT, FIREHOSE_ASYNC_CLIENT, DYNAMODB_CLIENT, DYNAMODB_ASYNC_CLIENT,
            ANALYTICS_CLIENT, ANALYTICS_ASYNC_CLIENT, ANALYTICS_V2_CLIENT, ANALYTICS_V2_ASYNC_CLIENT);

    private ParameterTypes() {
    }

    public static boolean supports(Class<?> type) {
        return type == KinesisHarness.class || type == HarnessClock.class || type == HarnessAdmin.class
                || type == HarnessFirehose.class || type == HarnessLambda.class
                || type == HarnessGlue.class || type == HarnessAnalytics.class || SDK_TYPES.contains(type.getName());
    }

    public static Object resolve(Class<?> type, HarnessResource resource) {
        if (type == KinesisHarness.class) {
            return resource.harness();
        }
        if (type == HarnessClock.class) {
            return resource.harness().clock();
        }
        if (type == HarnessAdmin.class) {
            return resource.harness().admin();
        }
        if (type == HarnessFirehose.class) {
            return resource.harness().firehose();
        }
        if (type == HarnessLambda.class) {
            return resource.harness().lambda();
        }
        if (type == HarnessGlue.class) {
            return resource.harness().glue();
        }
        if (type == HarnessAnalytics.class) {
            return resource.harness().analytics();
        }
        return Sdk.resolve(type, resource);
    }

    /** Holder so that the SDK classes load only here (and each service's only when asked for). */
    private static final class Sdk {
        static Object resolve(Class<?> type, HarnessResource r) {
            return switch (type.getName()) {
                case KINESIS_CLIENT -> r.client(software.amazon.awssdk.services.kinesis.KinesisClient.class,
                        SdkClients::kinesis);
                case KINESIS_ASYNC_CLIENT -> r.client(software.amazon.awssdk.services.kinesis.KinesisAsyncClient.class,
                        SdkClients::kinesisAsync);
                case STREAM_READER -> r.client(io.kinesisharness.junit.KinesisStreamReader.class,
                        SdkClients::reader);
                case S3_CLIENT -> r.client(software.amazon.awssdk.services.s3.S3Client.class, S3Clients::s3);
                case S3_ASYNC_CLIENT -> r.client(software.amazon.awssdk.services.s3.S3AsyncClient.class,
                        S3Clients::s3Async);
                case FIREHOSE_CLIENT -> r.client(software.amazon.awssdk.services.firehose.FirehoseClient.class,
                        FirehoseClients::firehose);
                case FIREHOSE_ASYNC_CLIENT -> r.client(
                        software.amazon.awssdk.services.firehose.FirehoseAsyncClient.class,
                        FirehoseClients::firehoseAsync);
                case DYNAMODB_CLIENT -> r.client(software.amazon.awssdk.services.dynamodb.DynamoDbClient.class,
                        DynamoDbClients::dynamoDb);
                case DYNAMODB_ASYNC_CLIENT -> r.client(
                        software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient.class,
                        DynamoDbClients::dynamoDbAsync);
                case ANALYTICS_CLIENT -> r.client(
                        software.amazon.awssdk.services.kinesisanalytics.KinesisAnalyticsClient.class,
                        AnalyticsClients::v1);
                case ANALYTICS_ASYNC_CLIENT -> r.client(
                        software.amazon.awssdk.services.kinesisanalytics.KinesisAnalyticsAsyncClient.class,
                        AnalyticsClients::v1Async);
                case ANALYTICS_V2_CLIENT -> r.client(
                        software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client.class,
                        AnalyticsClients::v2);
                case ANALYTICS_V2_ASYNC_CLIENT -> r.client(
                        software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2AsyncClient.class,
                        AnalyticsClients::v2Async);
                default -> throw new IllegalArgumentException("Cannot inject " + type.getName());
            };
        }
    }
}
