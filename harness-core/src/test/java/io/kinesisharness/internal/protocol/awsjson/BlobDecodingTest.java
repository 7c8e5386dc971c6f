package io.kinesisharness.internal.protocol.awsjson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass base64 decoder agrees with the JDK's on well-formed text and declines everything else. */
class BlobDecodingTest {

    @Test
    void well_formed_text_of_every_length_and_padding_decodes_as_the_jdk_decodes_it() {
        Random random = new Random(42);
        for (int n = 0; n < 200; n++) {
            byte[] data = new byte[n];
            random.nextBytes(data);
            String text = "xx" + Base64.getEncoder().encodeToString(data) + "yy";

            byte[] decoded = BlobDeserializer.decodeWellFormed(text.toCharArray(), 2, text.length() - 4);

            assertThat(decoded).as("length %d", n).isEqualTo(data);
        }
    }

    @Test
    void anything_not_plainly_well_formed_is_left_to_the_exact_checks() {
        for (String bad : new String[] {"QQ", "QQ=", "Q===", "====", "QQ=A", "=QQQ", "QUJD\\n", "QU JD", "QUJ\u00e9",
                "+/+=", "QR==", "QUI=QUJD"}) {
            char[] chars = bad.toCharArray();
            assertThat(BlobDeserializer.decodeWellFormed(chars, 0, chars.length)).as(bad).isNull();
        }
    }
}
