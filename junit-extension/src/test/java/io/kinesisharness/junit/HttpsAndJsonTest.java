package io.kinesisharness.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.KinesisHarness;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;

@KinesisHarnessTest(https = true, protocol = WireProtocol.JSON)
@KinesisStream(name = "secure")
class HttpsAndJsonTest {

    @Test
    void injected_clients_use_the_https_endpoint(KinesisHarness harness, KinesisClient kinesis,
            KinesisAsyncClient async, KinesisStreamReader reader) throws Exception {
        assertThat(harness.httpsEndpoint().getScheme()).isEqualTo("https");
        kinesis.putRecord(r -> r.streamName("secure").partitionKey("a").data(SdkBytes.fromUtf8String("sync")));
        async.putRecord(r -> r.streamName("secure").partitionKey("a").data(SdkBytes.fromUtf8String("async"))).get();
        assertThat(reader.readAllAsStrings("secure")).containsExactly("sync", "async");
        assertThat(System.getProperty("aws.cborEnabled")).as("the JSON switch is not left behind").isNull();
    }
}
