package io.kinesisharness.internal.firehose.delivery;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** Sends one HTTP POST for a destination and reads the answer; the harness's is the JDK's HTTP client. */
public interface HttpPoster {

    /**
     * @throws java.net.http.HttpTimeoutException when no answer came within {@code timeout}
     * @throws IOException when the endpoint could not be reached or the connection broke
     */
    Response post(URI url, Map<String, String> headers, byte[] body, Duration timeout) throws IOException;

    /** The answer: status, the content type, the body. */
    record Response(int status, String contentType, byte[] body) {
    }
}
