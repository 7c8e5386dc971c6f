package io.kinesisharness.internal.server;

import static io.kinesisharness.internal.server.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class KeyStoreTlsTest {

    private static final String PASSWORD = "changeit";

    @TempDir
    Path dir;

    /** Made by the JDK's keytool, as a user would, so nothing of the server's own generator is involved. */
    private Path keytool(String fileName, String type) throws Exception {
        Path store = dir.resolve(fileName);
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "server",
                "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=user-supplied",
                "-ext", "san=ip:127.0.0.1,dns:localhost", "-validity", "3650",
                "-storetype", type, "-keystore", store.toString(),
                "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return store;
    }

    private static X509Certificate certificateIn(Path store, String type) throws Exception {
        KeyStore keyStore = KeyStore.getInstance(type);
        try (InputStream in = Files.newInputStream(store)) {
            keyStore.load(in, PASSWORD.toCharArray());
        }
        return (X509Certificate) keyStore.getCertificate("server");
    }

    @Test
    void a_user_pkcs12_key_store_serves_https() throws Exception {
        Path store = keytool("server.p12", "PKCS12");
        X509Certificate certificate = certificateIn(store, "PKCS12");

        ServerOptions options = ServerOptions.defaults().withTls(TlsMaterial.keyStore(store, PASSWORD));
        try (HarnessServer server = HarnessServer.start(options, new EchoHandler())) {
            HttpResponse<String> response = TestSupport.httpsClient(HttpClient.Version.HTTP_2, certificate).send(
                    HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + server.port() + "/p12")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.sslSession().orElseThrow().getPeerCertificates()[0]).isEqualTo(certificate);
            assertThat(json(response.body()).get("tls").asBoolean()).isTrue();
        }
    }

    @Test
    void a_wrong_key_store_password_fails_the_start_without_revealing_it() throws Exception {
        Path store = keytool("server.jks", "JKS");
        TlsMaterial material = TlsMaterial.keyStore(store, "wrong-password");

        assertThat(material.toString()).doesNotContain("wrong-password").contains("JKS");
        assertThatThrownBy(() -> HarnessServer.start(ServerOptions.defaults().withTls(material), new EchoHandler()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(store.toString())
                .hasMessageNotContaining("wrong-password");
    }
}
