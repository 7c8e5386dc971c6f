package io.kinesisharness.internal.lambda;

import io.kinesisharness.internal.lambda.access.FunctionInvoker.Failure;
import io.kinesisharness.internal.lambda.access.FunctionInvoker.Invocation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A function served over HTTP by the test (container mode): the event POSTed as JSON, a 2xx body back. The wait is
 * real time, as a real invocation's is; five minutes is the longest a Firehose transformation may run.
 */
final class HttpFunction {

    static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();

    private HttpFunction() {
    }

    static Invocation call(URI url, String event) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(event, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() / 100 != 2) {
                return Invocation.failed(Failure.FUNCTION_ERROR, url + " answered HTTP " + r.statusCode());
            }
            return Invocation.answered(r.body());
        } catch (HttpTimeoutException e) {
            return Invocation.failed(Failure.TIMED_OUT, url + " did not answer within " + TIMEOUT);
        } catch (IOException e) {
            return Invocation.failed(Failure.FUNCTION_ERROR, url + " could not be reached: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Invocation.failed(Failure.FUNCTION_ERROR, "interrupted calling " + url);
        }
    }
}
