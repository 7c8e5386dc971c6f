import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The JVM's floor for the readiness probe: the JDK alone, no library, answering every request with an empty
 * ListStreams. Not a server anyone should use; it reads one request per connection and closes it.
 */
public final class BareSocketServer {
    public static void main(String[] args) throws Exception {
        byte[] body = "{\"StreamNames\":[],\"HasMoreStreams\":false}".getBytes(StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\nConnection: close\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        try (ServerSocket server = new ServerSocket(Integer.parseInt(args[0]), 50, InetAddress.getLoopbackAddress())) {
            while (true) {
                try (Socket socket = server.accept()) {
                    readRequest(socket.getInputStream());
                    OutputStream out = socket.getOutputStream();
                    out.write(head);
                    out.write(body);
                    out.flush();
                }
            }
        }
    }

    /** Reads up to the end of the body that Content-Length announces (the probe always sends one). */
    private static void readRequest(InputStream in) throws Exception {
        byte[] buffer = new byte[16384];
        int length = 0;
        while (length < buffer.length) {
            int read = in.read(buffer, length, buffer.length - length);
            if (read < 0) {
                return;
            }
            length += read;
            String text = new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
            int headEnd = text.indexOf("\r\n\r\n");
            if (headEnd < 0) {
                continue;
            }
            int at = text.toLowerCase().indexOf("content-length:");
            int bodyLength = at < 0 ? 0 : Integer.parseInt(text.substring(at + 15, text.indexOf("\r\n", at)).trim());
            if (length >= headEnd + 4 + bodyLength) {
                return;
            }
        }
    }
}
