package io.kinesisharness.internal.junit;

import software.amazon.awssdk.services.kinesisanalytics.KinesisAnalyticsAsyncClient;
import software.amazon.awssdk.services.kinesisanalytics.KinesisAnalyticsClient;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2AsyncClient;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client;

/**
 * Kinesis Data Analytics clients (the v1 and v2 APIs) pointed at a harness. Loaded only when a test asks for one:
 * the SDK's kinesisanalytics modules are optional.
 */
public final class AnalyticsClients {

    private AnalyticsClients() {
    }

    public static KinesisAnalyticsClient v1(HarnessResource r) {
        return SdkClients.sync(KinesisAnalyticsClient.builder(), r);
    }

    public static KinesisAnalyticsAsyncClient v1Async(HarnessResource r) {
        return SdkClients.asyncHttp1(KinesisAnalyticsAsyncClient.builder(), r);
    }

    public static KinesisAnalyticsV2Client v2(HarnessResource r) {
        return SdkClients.sync(KinesisAnalyticsV2Client.builder(), r);
    }

    public static KinesisAnalyticsV2AsyncClient v2Async(HarnessResource r) {
        return SdkClients.asyncHttp1(KinesisAnalyticsV2AsyncClient.builder(), r);
    }
}
