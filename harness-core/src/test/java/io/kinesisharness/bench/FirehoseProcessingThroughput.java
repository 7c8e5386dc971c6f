package io.kinesisharness.bench;

import io.kinesisharness.ClockMode;
import io.kinesisharness.KinesisHarness;
import io.kinesisharness.lambda.TransformResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.firehose.model.ExtendedS3DestinationConfiguration;
import software.amazon.awssdk.services.firehose.model.Processor;
import software.amazon.awssdk.services.firehose.model.ProcessorParameter;
import software.amazon.awssdk.services.firehose.model.Record;

/**
 * Benchmark (not a test): records/s from PutRecordBatch to delivered objects through plain delivery, a Lambda
 * transformation (an identity function registered in-process) and dynamic partitioning by a jq query (10 keys), in
 * one run so the figures compare; each pass puts the records, then advances the clock so everything is delivered.
 * Run: {@code ./mvnw -q -pl harness-core exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.kinesisharness.bench.FirehoseProcessingThroughput -Dexec.args="--records 200000"}.
 */
public final class FirehoseProcessingThroughput {

    private FirehoseProcessingThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 1 && "--records".equals(args[0]) ? Integer.parseInt(args[1]) : 200_000;
        List<Record> batch = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            batch.add(Record.builder().data(SdkBytes.fromUtf8String("{\"customer\":\"c" + (i % 10)
                    + "\",\"order\":" + i + ",\"amount\":12.5,\"note\":\"" + "x".repeat(40) + "\"}\n")).build());
        }
        try (KinesisHarness harness = KinesisHarness.builder().clock(ClockMode.MANUAL).bucket("bench").start();
             FirehoseClient firehose = FirehoseClient.builder().endpointOverride(harness.endpoint())
                     .region(Region.US_EAST_1)
                     .credentialsProvider(StaticCredentialsProvider.create(
                             AwsBasicCredentials.create("000000000000", "x")))
                     .httpClientBuilder(ApacheHttpClient.builder())
                     .overrideConfiguration(o -> o.retryPolicy(RetryPolicy.none())).build()) {
            harness.lambda().registerTransformer("identity", r -> TransformResult.ok(r.data()));
            for (int round = 0; round < 3; round++) {
                String label = round == 0 ? "warm-up " : "run " + round + " ";
                run(harness, firehose, label + "plain", total, batch, s -> { });
                run(harness, firehose, label + "lambda identity", total, batch, s -> s.processingConfiguration(p -> p
                        .enabled(true).processors(processor("Lambda", "LambdaArn",
                                "arn:aws:lambda:us-east-1:000000000000:function:identity"))));
                run(harness, firehose, label + "jq partitioning", total, batch, s -> s
                        .bufferingHints(h -> h.sizeInMBs(128).intervalInSeconds(900))
                        .dynamicPartitioningConfiguration(d -> d.enabled(true))
                        .prefix("c/!{partitionKeyFromQuery:customer}/").errorOutputPrefix("e/!{firehose:error-output-type}/")
                        .processingConfiguration(p -> p.enabled(true).processors(processor("MetadataExtraction",
                                "MetadataExtractionQuery", "{customer: .customer}", "JsonParsingEngine", "JQ-1.6"))));
            }
        }
    }

    private static Processor processor(String type, String... parameters) {
        List<ProcessorParameter> ps = new ArrayList<>();
        for (int i = 0; i < parameters.length; i += 2) {
            ps.add(ProcessorParameter.builder().parameterName(parameters[i]).parameterValue(parameters[i + 1]).build());
        }
        return Processor.builder().type(type).parameters(ps).build();
    }

    private static void run(KinesisHarness harness, FirehoseClient firehose, String name, int total,
            List<Record> batch, java.util.function.Consumer<ExtendedS3DestinationConfiguration.Builder> config) {
        String stream = "s" + System.nanoTime();
        firehose.createDeliveryStream(b -> b.deliveryStreamName(stream).extendedS3DestinationConfiguration(s -> {
            s.bucketARN("arn:aws:s3:::bench").roleARN("arn:aws:iam::000000000000:role/f")
                    .bufferingHints(h -> h.sizeInMBs(128).intervalInSeconds(900));
            config.accept(s);
        }));
        harness.clock().advance(Duration.ofSeconds(5));
        long start = System.nanoTime();
        for (int put = 0; put < total; put += batch.size()) {
            firehose.putRecordBatch(b -> b.deliveryStreamName(stream).records(batch));
        }
        harness.clock().advance(Duration.ofSeconds(900));
        double seconds = (System.nanoTime() - start) / 1e9;
        long delivered = harness.firehose().deliveries(stream).stream()
                .filter(d -> d.delivered() && d.destination() == io.kinesisharness.firehose.FirehoseDelivery
                        .Destination.S3).mapToLong(d -> d.records().size()).sum();
        System.out.printf("%-26s %8d records delivered in %5.2f s: %8.0f records/s%n", name, delivered, seconds,
                delivered / seconds);
        firehose.deleteDeliveryStream(b -> b.deliveryStreamName(stream));
    }
}
