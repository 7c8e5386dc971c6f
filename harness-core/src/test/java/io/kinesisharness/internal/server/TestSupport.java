package io.kinesisharness.internal.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Random;
import java.util.zip.CRC32;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Clients and raw-socket helpers shared by the server tests. */
final class TestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestSupport() {
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /** Real verification against the one certificate, rather than trusting everything. */
    static SSLContext trusting(X509Certificate certificate) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("harness", certificate);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    static HttpClient httpClient(HttpClient.Version version) {
        return HttpClient.newBuilder().version(version).connectTimeout(Duration.ofSeconds(5)).build();
    }

    static HttpClient httpsClient(HttpClient.Version version, X509Certificate trusted) throws Exception {
        return HttpClient.newBuilder().version(version).connectTimeout(Duration.ofSeconds(5))
                .sslContext(trusting(trusted)).build();
    }

    static Socket socket(HarnessServer server) throws IOException {
        Socket socket = new Socket(server.host(), server.port());
        socket.setSoTimeout(5_000);
        return socket;
    }

    static void send(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
    }

    /** Reads a status line and headers, up to and including the blank line. */
    static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new AssertionError("connection closed inside a response head: " + head);
            }
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** Reads up to and including the first occurrence of {@code end}. */
    static String readThrough(InputStream in, String end) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        while (!read.toString(StandardCharsets.ISO_8859_1).endsWith(end)) {
            int b = in.read();
            if (b < 0) {
                throw new AssertionError("connection closed before " + end.strip() + ": " + read);
            }
            read.write(b);
        }
        return read.toString(StandardCharsets.ISO_8859_1);
    }

    static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                return Integer.parseInt(line.substring("content-length:".length()).trim());
            }
        }
        throw new AssertionError("no content-length in " + head);
    }

    static String readBody(InputStream in, String head) throws IOException {
        return new String(in.readNBytes(contentLength(head)), StandardCharsets.UTF_8);
    }

    /** True if the peer closes the connection (end of stream or reset) before the socket's read timeout. */
    static boolean closedByPeer(Socket socket) throws IOException {
        return readUntilClosed(socket) != null;
    }

    /** Whatever arrives until the peer closes the connection, or null if it is still open at the read timeout. */
    static String readUntilClosed(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                received.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            return null;
        } catch (IOException reset) {
            // A reset also ends the connection; keep what came before it.
        }
        return received.toString(StandardCharsets.ISO_8859_1);
    }
}
