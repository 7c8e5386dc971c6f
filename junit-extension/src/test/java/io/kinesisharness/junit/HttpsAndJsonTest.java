package io.kinesisharness.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.KinesisHarness;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.firehose.FirehoseAsyncClient;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesisanalytics.KinesisAnalyticsClient;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2AsyncClient;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import java.util.Map;

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

    @Test
    void the_other_services_clients_reach_it_over_https_too(KinesisHarness harness, S3Client s3, S3AsyncClient s3Async,
            FirehoseClient firehose, FirehoseAsyncClient firehoseAsync, DynamoDbClient dynamoDb,
            DynamoDbAsyncClient dynamoDbAsync, KinesisAnalyticsClient analytics,
            KinesisAnalyticsV2AsyncClient analyticsV2) throws Exception {
        s3.createBucket(b -> b.bucket("secure-bucket"));
        s3Async.putObject(p -> p.bucket("secure-bucket").key("k"), AsyncRequestBody.fromString("over tls")).get();
        assertThat(s3.getObjectAsBytes(g -> g.bucket("secure-bucket").key("k")).asUtf8String()).isEqualTo("over tls");

        firehose.createDeliveryStream(c -> c.deliveryStreamName("secure-delivery")
                .extendedS3DestinationConfiguration(d -> d.bucketARN("arn:aws:s3:::secure-bucket")
                        .roleARN("arn:aws:iam::" + harness.accountId() + ":role/firehose")));
        assertThat(firehoseAsync.listDeliveryStreams(l -> { }).get().deliveryStreamNames())
                .containsExactly("secure-delivery");

        dynamoDb.createTable(t -> t.tableName("secure-table").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH)));
        dynamoDbAsync.putItem(p -> p.tableName("secure-table")
                .item(Map.of("id", AttributeValue.fromS("a"), "v", AttributeValue.fromN("1")))).get();
        assertThat(dynamoDb.getItem(g -> g.tableName("secure-table").key(Map.of("id", AttributeValue.fromS("a"))))
                .item()).containsEntry("v", AttributeValue.fromN("1"));

        assertThat(analytics.listApplications(l -> { }).applicationSummaries()).isEmpty();
        assertThat(analyticsV2.listApplications(l -> { }).get().applicationSummaries()).isEmpty();
    }
}
