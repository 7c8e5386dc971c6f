package io.kinesisharness.internal.server;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;

/**
 * Generates the certificate behind {@link TlsMaterial#selfSigned()} with only public JDK APIs: BouncyCastle would
 * be a heavy dependency on users' test classpaths, and sun.security.x509 is not exported on Java 17.
 * Validity dates are fixed so generation never depends on the clock.
 */
final class SelfSignedCertificates {

    /** A key and its certificate, usable as a trust anchor by clients that want real verification. */
    record Material(PrivateKey privateKey, X509Certificate certificate) {
    }

    private static final String ECDSA_WITH_SHA256 = "1.2.840.10045.4.3.2";
    private static final String COMMON_NAME = "2.5.4.3";
    private static final String SUBJECT_ALT_NAME = "2.5.29.17";
    private static final String BASIC_CONSTRAINTS = "2.5.29.19";
    private static final int SAN_DNS_NAME = 2;
    private static final int SAN_IP_ADDRESS = 7;

    private SelfSignedCertificates() {
    }

    /** Generated once per JVM: harnesses start by the hundred in one test run and may all serve TLS. */
    static Material shared() {
        return Holder.MATERIAL;
    }

    private static final class Holder {
        static final Material MATERIAL = generate();
    }

    static Material generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair keyPair = generator.generateKeyPair();
            // Random, so two generated certificates never share issuer and serial, which some clients reject.
            BigInteger serial = new BigInteger(62, new SecureRandom()).add(BigInteger.ONE);
            byte[] tbs = tbsCertificate(serial, keyPair.getPublic().getEncoded());

            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keyPair.getPrivate());
            signer.update(tbs);
            byte[] der = Der.sequence(tbs, algorithm(), Der.bitString(signer.sign()));

            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            X509Certificate certificate = (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der));
            return new Material(keyPair.getPrivate(), certificate);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate the self-signed TLS certificate", e);
        }
    }

    private static byte[] tbsCertificate(BigInteger serial, byte[] subjectPublicKeyInfo)
            throws GeneralSecurityException {
        byte[] name = Der.sequence(Der.set(Der.sequence(Der.oid(COMMON_NAME), Der.utf8String("localhost"))));
        return Der.sequence(
                Der.explicit(0, Der.integer(BigInteger.TWO)), // v3, needed for extensions
                Der.integer(serial),
                algorithm(),
                name,
                Der.sequence(Der.utcTime("200101000000Z"), Der.generalizedTime("20991231235959Z")),
                name,
                subjectPublicKeyInfo,
                Der.explicit(3, Der.sequence(subjectAltName(), basicConstraints())));
    }

    private static byte[] algorithm() {
        // RFC 5758: ECDSA signature algorithm identifiers carry no parameters at all.
        return Der.sequence(Der.oid(ECDSA_WITH_SHA256));
    }

    private static byte[] subjectAltName() throws GeneralSecurityException {
        byte[] names = Der.sequence(
                Der.implicit(SAN_DNS_NAME, "localhost".getBytes(StandardCharsets.US_ASCII)),
                Der.implicit(SAN_IP_ADDRESS, ipAddress("127.0.0.1")),
                Der.implicit(SAN_IP_ADDRESS, ipAddress("::1")));
        return Der.sequence(Der.oid(SUBJECT_ALT_NAME), Der.octetString(names));
    }

    private static byte[] basicConstraints() {
        return Der.sequence(Der.oid(BASIC_CONSTRAINTS), Der.bool(true), Der.octetString(Der.sequence()));
    }

    private static byte[] ipAddress(String literal) throws GeneralSecurityException {
        try {
            // A literal address is parsed, never resolved.
            return InetAddress.getByName(literal).getAddress();
        } catch (java.net.UnknownHostException e) {
            throw new GeneralSecurityException("Not an IP literal: " + literal, e);
        }
    }
}
