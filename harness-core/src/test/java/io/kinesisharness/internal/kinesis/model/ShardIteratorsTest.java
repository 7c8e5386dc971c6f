package io.kinesisharness.internal.kinesis.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class ShardIteratorsTest {

    private static final ShardIterators.Position POSITION = new ShardIterators.Position("111111111111", "eu-west-1",
            "orders.v2", 1_767_225_600_000L, 3, 42, 1_767_225_601_234L);

    @Test
    void an_iterator_decodes_to_the_position_it_was_made_from() {
        String it = ShardIterators.encode(POSITION);

        assertThat(ShardIterators.decode(it)).isEqualTo(POSITION);
        assertThat(it.length()).isLessThanOrEqualTo(512);
    }

    @Test
    void an_iterator_has_awss_shape_an_8_byte_prefix_and_152_bytes_plus_a_multiple_of_16() {
        for (String name : new String[] {"s", "orders.v2", "x".repeat(128)}) {
            byte[] raw = Base64.getDecoder().decode(ShardIterators.encode(new ShardIterators.Position("111111111111",
                    "eu-west-1", name, 1L, 3, 42, 7L)));

            assertThat(raw).startsWith(0, 0, 0, 0, 0, 0, 0, 1);
            assertThat(raw.length).isGreaterThanOrEqualTo(152);
            assertThat((raw.length - 152) % 16).isZero();
        }
    }

    @Test
    void two_iterators_of_one_position_differ_and_an_iterator_in_quotes_still_reads() {
        String it = ShardIterators.encode(POSITION);

        assertThat(ShardIterators.encode(POSITION)).isNotEqualTo(it);
        assertThat(ShardIterators.decode("\"" + it + "\"")).isEqualTo(POSITION);
    }

    @Test
    void any_changed_byte_makes_an_iterator_invalid() {
        byte[] raw = Base64.getDecoder().decode(ShardIterators.encode(POSITION));

        for (int i = 0; i < raw.length; i++) {
            byte[] changed = raw.clone();
            changed[i] ^= 0x10;
            assertThat(ShardIterators.decode(Base64.getEncoder().encodeToString(changed))).as("byte %d", i).isNull();
        }
    }

    @Test
    void truncated_or_foreign_text_is_no_iterator() {
        String it = ShardIterators.encode(POSITION);

        assertThat(ShardIterators.decode(it.substring(0, it.length() - 4))).isNull();
        assertThat(ShardIterators.decode("")).isNull();
        assertThat(ShardIterators.decode("%%%")).isNull();
        assertThat(ShardIterators.decode("AAAAAAAAAAE=")).isNull();
        assertThat(ShardIterators.decode(Base64.getEncoder().encodeToString(new byte[200]))).isNull();
    }
}
