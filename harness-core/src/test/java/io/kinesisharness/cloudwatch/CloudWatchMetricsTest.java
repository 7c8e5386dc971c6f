package io.kinesisharness.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinesisharness.KinesisHarness;
import io.kinesisharness.support.AwsCli;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.CloudWatchException;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;

/**
 * PutMetricData in each protocol AWS takes for CloudWatch: the SDK v2's Smithy RPC v2 CBOR, AWS JSON 1.0 (today's
 * CLI) and the Query protocol (older CLIs and SDKs); read back with ListMetrics; CloudWatch's own errors for the
 * rest, naming an action the harness does not serve.
 */
class CloudWatchMetricsTest {

    private KinesisHarness harness;
    private CloudWatchClient cloudwatch;

    @BeforeEach
    void start() {
        harness = KinesisHarness.builder().start();
        cloudwatch = CloudWatchClient.builder().endpointOverride(harness.endpoint()).region(Region.of(harness.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(harness.accessKey(),
                        harness.secretKey())))
                .overrideConfiguration(o -> o.retryPolicy(RetryPolicy.none())).build();
    }

    @AfterEach
    void stop() {
        cloudwatch.close();
        harness.close();
    }

    @Test
    void the_sdk_puts_metrics_as_kcl_does_and_lists_them_back() {
        cloudwatch.putMetricData(b -> b.namespace("orders-app").metricData(d -> d.metricName("RecordsProcessed")
                .unit(StandardUnit.COUNT).dimensions(Dimension.builder().name("ShardId").value("shardId-0").build(),
                        Dimension.builder().name("Operation").value("ProcessTask").build())
                .statisticValues(s -> s.sampleCount(3.0).sum(30.0).minimum(5.0).maximum(15.0))));
        List<Metric> listed = cloudwatch.listMetrics(b -> b.namespace("orders-app")).metrics();
        assertThat(listed).singleElement().satisfies(m -> {
            assertThat(m.metricName()).isEqualTo("RecordsProcessed");
            assertThat(m.dimensions()).extracting(Dimension::value).containsExactly("shardId-0", "ProcessTask");
        });
        assertThatThrownBy(() -> cloudwatch.putMetricData(b -> b.namespace("AWS/Kinesis").metricData(d -> d
                .metricName("x").value(1.0)))).isInstanceOf(CloudWatchException.class)
                .hasMessageStartingWith("The value AWS/Kinesis for parameter Namespace is invalid.")
                .satisfies(e -> assertThat(((CloudWatchException) e).awsErrorDetails().errorCode())
                        .isEqualTo("InvalidParameterValue"));
        assertThatThrownBy(() -> cloudwatch.getMetricData(b -> b.startTime(java.time.Instant.EPOCH)
                .endTime(java.time.Instant.EPOCH.plusSeconds(60)).metricDataQueries(q -> q.id("q")
                        .expression("1")))).isInstanceOf(CloudWatchException.class)
                .hasMessageStartingWith("Kinesis Harness does not serve the CloudWatch action GetMetricData (only "
                        + "PutMetricData and ListMetrics)")
                .satisfies(e -> assertThat(((CloudWatchException) e).awsErrorDetails().errorCode())
                        .isEqualTo("InvalidAction"));
    }

    @Test
    void json_1_0_callers_are_answered_too() throws Exception {
        HttpResponse<String> put = json("PutMetricData", "{\"Namespace\":\"json-app\",\"MetricData\":[{\"MetricName\":"
                + "\"Latency\",\"Value\":12.5,\"Unit\":\"Milliseconds\"}]}");
        assertThat(put.statusCode()).isEqualTo(200);
        HttpResponse<String> list = json("ListMetrics", "{\"Namespace\":\"json-app\"}");
        assertThat(list.body()).contains("\"MetricName\":\"Latency\"");
        HttpResponse<String> alarms = json("DescribeAlarms", "{}");
        assertThat(alarms.statusCode()).isEqualTo(400);
        assertThat(alarms.body()).contains("InvalidAction")
                .contains("Kinesis Harness does not serve the CloudWatch action DescribeAlarms");
        HttpResponse<String> unknown = json("NoSuchAction", "{}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("UnknownOperationException");
    }

    @Test
    void the_query_protocol_is_answered_in_xml() throws Exception {
        HttpResponse<String> put = query("Action=PutMetricData&Version=2010-08-01&Namespace=query-app"
                + "&MetricData.member.1.MetricName=Depth&MetricData.member.1.Value=3");
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(put.body()).contains("<PutMetricDataResponse xmlns=\"http://monitoring.amazonaws.com/doc/"
                + "2010-08-01/\">");
        HttpResponse<String> list = query("Action=ListMetrics&Version=2010-08-01&Namespace=query-app");
        assertThat(list.body()).contains("<MetricName>Depth</MetricName>");
        HttpResponse<String> alarms = query("Action=DescribeAlarms&Version=2010-08-01");
        assertThat(alarms.statusCode()).isEqualTo(400);
        assertThat(alarms.body()).contains("<Code>InvalidAction</Code><Message>Kinesis Harness does not serve "
                + "the CloudWatch action DescribeAlarms (only PutMetricData and ListMetrics)</Message>");
        HttpResponse<String> unknown = query("Action=Dance&Version=2010-08-01");
        assertThat(unknown.body()).contains("<Message>The action Dance is not valid for this web service.</Message>");
    }

    private HttpResponse<String> query(String form) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(harness.endpoint())
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .header("X-Amz-Date", "20261206T100000Z")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=" + harness.accessKey()
                        + "/20261206/us-east-1/monitoring/aws4_request, SignedHeaders=host, Signature=00")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> json(String op, String body) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(harness.endpoint())
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "GraniteServiceVersion20100801." + op)
                .header("X-Amz-Date", "20261206T100000Z")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=" + harness.accessKey()
                        + "/20261206/us-east-1/monitoring/aws4_request, SignedHeaders=host, Signature=00")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_cli_puts_lists_and_is_told_what_is_not_served() throws IOException {
        AwsCli cli = AwsCli.forEndpoint(harness.endpoint());
        cli.text("cloudwatch", "put-metric-data", "--namespace", "cli-app", "--metric-name", "Depth", "--value", "3",
                "--dimensions", "Queue=main");
        JsonNode listed = cli.json("cloudwatch", "list-metrics", "--namespace", "cli-app");
        assertThat(listed.at("/Metrics/0/MetricName").asText()).isEqualTo("Depth");
        assertThat(listed.at("/Metrics/0/Dimensions/0/Value").asText()).isEqualTo("main");
        AwsCli.Result bad = cli.run("cloudwatch", "put-metric-data", "--namespace", "AWS/EC2", "--metric-name", "x",
                "--value", "1");
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.stderr()).contains("InvalidParameterValue").contains("The value AWS/EC2 for parameter Namespace "
                + "is invalid.");
        AwsCli.Result alarms = cli.run("cloudwatch", "describe-alarms");
        assertThat(alarms.exitCode()).isNotZero();
        assertThat(alarms.stderr()).contains("InvalidAction")
                .contains("Kinesis Harness does not serve the CloudWatch action DescribeAlarms");
    }
}
