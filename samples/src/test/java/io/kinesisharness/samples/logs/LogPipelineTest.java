package io.kinesisharness.samples.logs;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinesisharness.ClockMode;
import io.kinesisharness.HarnessClock;
import io.kinesisharness.firehose.HarnessFirehose;
import io.kinesisharness.junit.KinesisHarnessTest;
import io.kinesisharness.lambda.HarnessLambda;
import io.kinesisharness.lambda.TransformResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.firehose.FirehoseClient;
import software.amazon.awssdk.services.firehose.model.ProcessorParameterName;
import software.amazon.awssdk.services.firehose.model.ProcessorType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * CloudWatch Logs → Firehose → S3 with a transformation: a subscription's gzipped envelopes decompressed, reduced
 * to their messages, filtered and reshaped by the enricher standing in for the Lambda function, and archived
 * gzipped, in two minutes of harness time and a few milliseconds of real time.
 */
@KinesisHarnessTest(clock = ClockMode.MANUAL, startAt = "2026-12-06T12:00:00Z")
class LogPipelineTest {

    @Test
    void error_lines_are_archived_as_json(FirehoseClient firehose, S3Client s3, HarnessLambda lambda,
            HarnessFirehose delivered, HarnessClock clock) {
        ErrorLogEnricher enricher = new ErrorLogEnricher("orders");
        lambda.registerTransformer("error-log-enricher", r -> {
            String out = enricher.enrich(r.text());
            return out == null ? TransformResult.dropped() : TransformResult.ok(out);
        });
        s3.createBucket(b -> b.bucket("log-archive"));
        firehose.createDeliveryStream(b -> b.deliveryStreamName("app-logs").extendedS3DestinationConfiguration(d -> d
                .bucketARN("arn:aws:s3:::log-archive").roleARN("arn:aws:iam::000000000000:role/firehose")
                .prefix("errors/").compressionFormat("GZIP").bufferingHints(h -> h.sizeInMBs(5).intervalInSeconds(60))
                .processingConfiguration(p -> p.enabled(true).processors(
                        pr -> pr.type(ProcessorType.DECOMPRESSION).parameters(pp -> pp
                                .parameterName(ProcessorParameterName.COMPRESSION_FORMAT).parameterValue("GZIP")),
                        pr -> pr.type(ProcessorType.CLOUD_WATCH_LOG_PROCESSING).parameters(pp -> pp
                                .parameterName(ProcessorParameterName.DATA_MESSAGE_EXTRACTION).parameterValue("true")),
                        pr -> pr.type(ProcessorType.LAMBDA).parameters(pp -> pp
                                .parameterName(ProcessorParameterName.LAMBDA_ARN)
                                .parameterValue("arn:aws:lambda:us-east-1:000000000000:function:error-log-enricher"))))));

        delivered.putLogEvents("app-logs", "/ecs/orders", "orders/7f3a", List.of("INFO order 1 accepted",
                "ERROR payment declined for order 2", "INFO order 3 accepted"));
        delivered.putLogEvents("app-logs", "/ecs/orders", "orders/7f3a", List.of("INFO healthy"));
        clock.advance(Duration.ofSeconds(120));   // the Lambda's 60 s buffer, then the destination's 60 s

        assertThat(s3.listObjectsV2(b -> b.bucket("log-archive")).contents()).singleElement()
                .extracting(S3Object::key).asString().startsWith("errors/2026/12/06/12/app-logs-1-").endsWith(".gz");
        assertThat(delivered.deliveredRecords("app-logs"))
                .containsExactly("{\"service\":\"orders\",\"message\":\"payment declined for order 2\"}\n");
        assertThat(lambda.invocations("error-log-enricher")).hasSize(1);
    }
}
