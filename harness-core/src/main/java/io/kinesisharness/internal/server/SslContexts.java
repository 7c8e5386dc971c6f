package io.kinesisharness.internal.server;

import io.netty.handler.codec.http2.Http2SecurityUtil;
import io.netty.handler.ssl.ApplicationProtocolConfig.Protocol;
import io.netty.handler.ssl.ApplicationProtocolConfig.SelectedListenerFailureBehavior;
import io.netty.handler.ssl.ApplicationProtocolConfig.SelectorFailureBehavior;
import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ApplicationProtocolNames;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.ssl.SupportedCipherSuiteFilter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Collections;
import java.util.function.Supplier;
import javax.net.ssl.KeyManagerFactory;

/** Builds the server-side TLS contexts: JDK provider only, since the harness ships no native TLS libraries. */
final class SslContexts {

    private SslContexts() {
    }

    /**
     * A user key store is loaded now so a wrong path or password fails the start with a clear message; the
     * self-signed context is built on the first TLS connection, so servers that never see TLS pay nothing.
     */
    static Supplier<SslContext> forMaterial(TlsMaterial material) {
        if (material instanceof TlsMaterial.KeyStoreFile keyStore) {
            SslContext context = fromKeyStore(keyStore);
            return () -> context;
        }
        return SslContexts::selfSigned;
    }

    static SslContext selfSigned() {
        return SelfSignedHolder.CONTEXT;
    }

    private static final class SelfSignedHolder {
        static final SslContext CONTEXT = build(SslContextBuilder.forServer(
                SelfSignedCertificates.shared().privateKey(), SelfSignedCertificates.shared().certificate()));
    }

    static SslContext fromKeyStore(TlsMaterial.KeyStoreFile file) {
        char[] password = file.password().toCharArray();
        try (InputStream in = Files.newInputStream(file.path())) {
            KeyStore store = KeyStore.getInstance(file.type());
            store.load(in, password);
            boolean hasKey = false;
            for (String alias : Collections.list(store.aliases())) {
                hasKey |= store.isKeyEntry(alias);
            }
            if (!hasKey) {
                throw new IllegalArgumentException("TLS key store " + file.path() + " holds no private key entry");
            }
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            return build(SslContextBuilder.forServer(keys));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    "Cannot load TLS key store " + file.path() + " (" + file.type() + "): " + e.getMessage(), e);
        }
    }

    private static SslContext build(SslContextBuilder builder) {
        try {
            return builder.sslProvider(SslProvider.JDK)
                    .protocols("TLSv1.3", "TLSv1.2")
                    // HTTP/2 forbids the older TLS 1.2 suites; the filter keeps those this JDK supports.
                    .ciphers(Http2SecurityUtil.CIPHERS, SupportedCipherSuiteFilter.INSTANCE)
                    // NO_ADVERTISE + ACCEPT: a client offering no protocol we know still gets a session,
                    // and the preface sniffer decides between h2 and HTTP/1.1 afterwards.
                    .applicationProtocolConfig(new ApplicationProtocolConfig(Protocol.ALPN,
                            SelectorFailureBehavior.NO_ADVERTISE, SelectedListenerFailureBehavior.ACCEPT,
                            ApplicationProtocolNames.HTTP_2, ApplicationProtocolNames.HTTP_1_1))
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot build the TLS context", e);
        }
    }
}
