package io.kinesisharness.internal.firehose.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinesisharness.firehose.FirehoseDelivery;
import io.kinesisharness.internal.firehose.api.HttpEndpointBufferingHints;
import io.kinesisharness.internal.firehose.api.HttpEndpointCommonAttribute;
import io.kinesisharness.internal.firehose.api.HttpEndpointDestinationDescription;
import io.kinesisharness.internal.firehose.api.HttpEndpointRequestConfiguration;
import io.kinesisharness.internal.firehose.model.DeliveryStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * The HTTP endpoint destination, per AWS's request and response specification: a POST of
 * {@code {requestId, timestamp, records:[{data}]}} with Firehose's headers (the request id kept across retries),
 * optionally gzipped; only a 200 whose JSON body echoes the request id counts as delivered. Other answers are retried
 * with AWS's backoff for the retry duration, on the harness clock, then the records are written as error documents
 * under {@code http-endpoint-failed}; a 413 is final at once.
 */
final class HttpEndpointSink implements Sink {

    static final int MAX_RECORDS = 10_000;
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final int MAX_RESPONSE = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpPoster poster;
    private final S3Writer writer;
    private final DeliveryLog log;

    HttpEndpointSink(HttpPoster poster, S3Writer writer, DeliveryLog log) {
        this.poster = poster;
        this.writer = writer;
        this.log = log;
    }

    @Override
    public BufferLimits limits(DeliveryStream stream) {
        HttpEndpointBufferingHints h = config(stream).bufferingHints();
        return BufferLimits.of(h == null ? null : h.sizeInMBs(), h == null ? null : h.intervalInSeconds(), 5, 300)
                .withMaxRecords(MAX_RECORDS);
    }

    @Override
    public Outcome attempt(DeliveryStream stream, Batch batch, Instant now) {
        HttpEndpointDestinationDescription d = config(stream);
        List<byte[]> records = Processing.apply(d.processingConfiguration(), batch.records);
        byte[] json = body(batch.requestId, now, records);
        boolean gzip = d.requestConfiguration() != null && "GZIP".equals(d.requestConfiguration().contentEncoding());
        byte[] body = gzip ? gzip(json) : json;
        Map<String, String> headers = headers(stream, d, batch.requestId, gzip);
        String url = d.endpointConfiguration().url();
        DeliveryFailure failure = send(url, headers, body, batch.requestId);
        log.add(new FirehoseDelivery(stream.name(), FirehoseDelivery.Destination.HTTP_ENDPOINT, now, url, records,
                body, headers, batch.attempts, failure == null ? null : failure.code(),
                failure == null ? null : failure.getMessage()));
        if (failure == null) {
            return Outcome.DONE;
        }
        if (!failure.code().equals(PAYLOAD_TOO_LARGE)) {
            int seconds = d.retryOptions() == null || d.retryOptions().durationInSeconds() == null ? 300
                    : d.retryOptions().durationInSeconds();
            Instant retry = Retries.next(batch, now, Duration.ofSeconds(seconds));
            if (retry != null) {
                return Outcome.retryAt(retry);
            }
            writeFailed(stream, d, batch, failure, now);
        }
        return Outcome.GIVEN_UP;
    }

    /** A 413 is permanent: AWS neither retries it nor writes the records to the error bucket. */
    private static final String PAYLOAD_TOO_LARGE = "HttpEndpoint.PayloadTooLarge";

    private DeliveryFailure send(String url, Map<String, String> headers, byte[] body, String requestId) {
        HttpPoster.Response response;
        try {
            response = poster.post(URI.create(url), headers, body, TIMEOUT);
        } catch (HttpTimeoutException e) {
            return new DeliveryFailure("HttpEndpoint.RequestTimeout",
                    "Firehose timed out while waiting for the response from the endpoint destination.");
        } catch (IOException e) {
            return new DeliveryFailure("HttpEndpoint.ConnectionFailed",
                    "Firehose was unable to connect to the endpoint destination: " + e.getMessage());
        }
        byte[] answer = response.body() == null ? new byte[0] : response.body();
        if (answer.length > MAX_RESPONSE) {
            return new DeliveryFailure("HttpEndpoint.ResponseTooLarge",
                    "The response received from the endpoint destination is larger than 1 MB.");
        }
        String text = new String(answer, StandardCharsets.UTF_8);
        if (response.status() == 413) {
            return new DeliveryFailure(PAYLOAD_TOO_LARGE,
                    "The following response was received from the endpoint destination. 413: " + truncate(text));
        }
        if (response.status() != 200) {
            return new DeliveryFailure("HttpEndpoint.DestinationException",
                    "The following response was received from the endpoint destination. " + response.status() + ": "
                            + truncate(text));
        }
        if (!echoesRequest(answer, requestId)) {
            return new DeliveryFailure("HttpEndpoint.InvalidResponseFromDestination",
                    "The response received from the endpoint destination is invalid: " + truncate(text));
        }
        return null;
    }

    /** A valid answer is a JSON object whose requestId is the request's, with a numeric timestamp. */
    private static boolean echoesRequest(byte[] answer, String requestId) {
        try {
            JsonNode node = JSON.readTree(answer);
            return node != null && node.isObject() && requestId.equals(node.path("requestId").asText(null))
                    && node.path("timestamp").isNumber();
        } catch (IOException e) {
            return false;
        }
    }

    private static String truncate(String s) {
        return s.length() > 1024 ? s.substring(0, 1024) : s;
    }

    static byte[] body(String requestId, Instant now, List<byte[]> records) {
        ObjectNode body = JSON.createObjectNode();
        body.put("requestId", requestId);
        body.put("timestamp", now.toEpochMilli());
        ArrayNode list = body.putArray("records");
        Base64.Encoder b64 = Base64.getEncoder();
        for (byte[] r : records) {
            list.addObject().put("data", b64.encodeToString(r));
        }
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> headers(DeliveryStream stream, HttpEndpointDestinationDescription d,
            String requestId, boolean gzip) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Amz-Firehose-Protocol-Version", "1.0");
        headers.put("X-Amz-Firehose-Request-Id", requestId);
        headers.put("X-Amz-Firehose-Source-Arn", stream.arn());
        headers.put("Content-Type", "application/json");
        if (gzip) {
            headers.put("Content-Encoding", "gzip");
        }
        if (stream.secrets().httpAccessKey() != null) {
            headers.put("X-Amz-Firehose-Access-Key", stream.secrets().httpAccessKey());
        }
        HttpEndpointRequestConfiguration request = d.requestConfiguration();
        if (request != null && request.commonAttributes() != null && !request.commonAttributes().isEmpty()) {
            ObjectNode attributes = JSON.createObjectNode();
            ObjectNode common = attributes.putObject("commonAttributes");
            for (HttpEndpointCommonAttribute a : request.commonAttributes()) {
                common.put(a.attributeName(), a.attributeValue());
            }
            headers.put("X-Amz-Firehose-Common-Attributes", attributes.toString());
        }
        return headers;
    }

    /** The records of a batch given up on, as error documents under the S3 configuration's error prefix. */
    private void writeFailed(DeliveryStream stream, HttpEndpointDestinationDescription d, Batch batch,
            DeliveryFailure failure, Instant now) {
        List<byte[]> documents = new ArrayList<>(batch.records.size());
        Base64.Encoder b64 = Base64.getEncoder();
        for (int i = 0; i < batch.records.size(); i++) {
            InputRecord r = batch.records.get(i);
            ObjectNode doc = JSON.createObjectNode();
            doc.put("attemptsMade", batch.attempts);
            doc.put("arrivalTimestamp", r.arrivalMillis());
            doc.put("errorCode", failure.code());
            doc.put("errorMessage", failure.getMessage());
            doc.put("attemptEndingTimestamp", now.toEpochMilli());
            doc.put("rawData", b64.encodeToString(r.data()));
            doc.put("subsequenceNumber", r.origin() == null ? 0 : r.origin().subsequenceNumber());
            doc.put("dataId", batch.requestId + "." + i);
            documents.add((doc.toString() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        writer.writeErrors(stream, log, S3Writer.S3Config.of(d.s3DestinationDescription()), "http-endpoint-failed",
                batch.firstArrival, documents, now);
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static HttpEndpointDestinationDescription config(DeliveryStream stream) {
        return stream.destination().httpEndpointDestinationDescription();
    }
}
