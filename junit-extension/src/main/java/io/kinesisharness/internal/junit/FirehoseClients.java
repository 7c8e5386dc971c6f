package io.kinesisharness.internal.junit;

import software.amazon.awssdk.services.firehose.FirehoseAsyncClient;
import software.amazon.awssdk.services.firehose.FirehoseClient;

/** Firehose clients pointed at a harness. Loaded only when a test asks for one: the SDK's firehose module is optional. */
public final class FirehoseClients {

    private FirehoseClients() {
    }

    public static FirehoseClient firehose(HarnessResource r) {
        return SdkClients.sync(FirehoseClient.builder(), r);
    }

    public static FirehoseAsyncClient firehoseAsync(HarnessResource r) {
        return SdkClients.asyncHttp1(FirehoseAsyncClient.builder(), r);
    }
}
