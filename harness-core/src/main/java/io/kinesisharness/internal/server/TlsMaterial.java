package io.kinesisharness.internal.server;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/** Where the server's TLS key and certificate come from. */
public sealed interface TlsMaterial {

    /** A certificate for localhost, 127.0.0.1 and ::1, generated once per JVM on the first TLS connection. */
    static TlsMaterial selfSigned() {
        return new SelfSigned();
    }

    /** A key store file; its type is taken from the file name ({@code .jks} means JKS, anything else PKCS12). */
    static TlsMaterial keyStore(Path path, String password) {
        return new KeyStoreFile(path, password, null);
    }

    static TlsMaterial keyStore(Path path, String password, String type) {
        return new KeyStoreFile(path, password, type);
    }

    record SelfSigned() implements TlsMaterial {
    }

    /** The key entry is expected to use the store password, as keytool does for PKCS12. */
    record KeyStoreFile(Path path, String password, String type) implements TlsMaterial {

        public KeyStoreFile {
            Objects.requireNonNull(path, "path");
            password = password == null ? "" : password;
            type = type == null || type.isBlank() ? typeFromName(path) : type.toUpperCase(Locale.ROOT);
        }

        private static String typeFromName(Path path) {
            return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jks") ? "JKS" : "PKCS12";
        }

        /** Keeps the password out of logs and exception messages. */
        @Override
        public String toString() {
            return "KeyStoreFile[path=" + path + ", type=" + type + "]";
        }
    }
}
