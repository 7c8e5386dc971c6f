package io.kinesisharness.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.InetAddress;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SelfSignedCertificatesTest {

    @Test
    void the_certificate_names_localhost_and_both_loopback_addresses() throws Exception {
        X509Certificate certificate = SelfSignedCertificates.generate().certificate();

        Set<List<?>> names = certificate.getSubjectAlternativeNames().stream()
                .map(name -> List.of(name.get(0), name.get(1))).collect(Collectors.toSet());
        assertThat(names).containsExactlyInAnyOrder(
                List.of(2, "localhost"),
                List.of(7, "127.0.0.1"),
                List.of(7, InetAddress.getByName("::1").getHostAddress()));
        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=localhost");
        assertThat(certificate.getIssuerX500Principal()).isEqualTo(certificate.getSubjectX500Principal());
        assertThat(certificate.getVersion()).isEqualTo(3);
        assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
        assertThat(certificate.getSigAlgName()).isEqualTo("SHA256withECDSA");
    }

    @Test
    void the_certificate_is_validly_signed_for_fixed_dates() throws Exception {
        SelfSignedCertificates.Material material = SelfSignedCertificates.generate();
        X509Certificate certificate = material.certificate();

        certificate.verify(certificate.getPublicKey());
        assertThat(certificate.getNotBefore().toInstant()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(certificate.getNotAfter().toInstant()).isEqualTo(Instant.parse("2099-12-31T23:59:59Z"));
        assertThat(certificate.getPublicKey().getAlgorithm()).isEqualTo("EC");
        assertThat(certificate.getSerialNumber()).isPositive();
    }

    @Test
    void the_shared_material_is_generated_once() {
        assertThat(SelfSignedCertificates.shared()).isSameAs(SelfSignedCertificates.shared());
    }

    @Test
    void der_encodes_lengths_and_object_identifiers_canonically() {
        assertThat(Der.oid("1.2.840.10045.4.3.2")).containsExactly(
                0x06, 0x08, 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x04, 0x03, 0x02);
        assertThat(Der.integer(BigInteger.valueOf(128))).containsExactly(0x02, 0x02, 0x00, 0x80);
        assertThat(Der.octetString(new byte[200])).startsWith(0x04, 0x81, 200);
        assertThat(Der.octetString(new byte[300])).startsWith(0x04, 0x82, 0x01, 0x2C);
        assertThat(Der.sequence()).containsExactly(0x30, 0x00);
    }
}
