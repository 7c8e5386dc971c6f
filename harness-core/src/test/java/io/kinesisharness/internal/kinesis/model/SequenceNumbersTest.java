package io.kinesisharness.internal.kinesis.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.errors.AwsException;
import io.kinesisharness.internal.kinesis.KinesisErrors;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SequenceNumbersTest {

    private static final long CREATED = 1_767_225_600_000L;
    private static final Scope SCOPE = new Scope("000000000000", "us-east-1");

    @Test
    void real_aws_numbers_decode_into_their_shard_counter_and_times() {
        // Published by users from real AWS answers: shard 401 (0x191), created 2018-09-11 13:21:07 UTC.
        SequenceNumbers.Parsed aws = SequenceNumbers.parse("49588160223248606261076875455806734688981848970781268242");

        assertThat(aws).isEqualTo(new SequenceNumbers.Parsed(2, 0x5b97c143L, 401, 0x9be6e0L, 0x5b982fffL));
        assertThat(SequenceNumbers.parse("49670023483232461788730612813735157811693693431491592722").shardIndex())
                .isEqualTo(33);
    }

    @Test
    void the_harnesss_numbers_have_awss_layout_and_read_back() {
        String seq = SequenceNumbers.encode(CREATED, 401, 0, 1_767_225_601_234L, 10_217_184L);

        assertThat(seq).hasSize(56).matches("49\\d{54}");
        String hex = new BigInteger(seq).toString(16);
        assertThat(hex).hasSize(47).startsWith("2" + String.format("%09x", CREATED / 1000) + "1")
                .endsWith("00000191" + "2");
        assertThat(SequenceNumbers.parse(seq)).isEqualTo(new SequenceNumbers.Parsed(2, CREATED / 1000, 401,
                SequenceNumbers.counterBase(0) | 10_217_184L, 1_767_225_601L));
    }

    @Test
    void the_fast_decimal_writer_agrees_with_big_integer_arithmetic() {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            long created = random.nextInt(1 << 30) * 1000L;
            int shard = random.nextInt(100_000);
            long ordinal = i % 3 == 0 ? (1L << 40) - 1 - random.nextInt(1000) : random.nextLong() & ((1L << 40) - 1);
            long incarnation = random.nextLong();
            long arrival = random.nextInt(1 << 30) * 1000L + random.nextInt(1000);
            BigInteger expected = BigInteger.TWO.shiftLeft(184).add(BigInteger.valueOf(created / 1000).shiftLeft(148))
                    .add(BigInteger.valueOf(shard & 0xF).shiftLeft(144))
                    .add(BigInteger.valueOf(SequenceNumbers.counterBase(incarnation) | ordinal).shiftLeft(80))
                    .add(BigInteger.valueOf(arrival / 1000).shiftLeft(36)).add(BigInteger.valueOf(shard).shiftLeft(4))
                    .add(BigInteger.TWO);

            assertThat(SequenceNumbers.encode(created, shard, incarnation, arrival, ordinal))
                    .isEqualTo(expected.toString());
        }
    }

    @Test
    void sequence_numbers_of_one_shard_increase_with_the_ordinal_whatever_the_time() {
        String first = SequenceNumbers.encode(CREATED, 0, 0, CREATED + 9_000, 1);
        String second = SequenceNumbers.encode(CREATED, 0, 0, CREATED + 1_000, 2);
        String third = SequenceNumbers.encode(CREATED, 0, 0, CREATED + 1_000, 3);

        assertThat(first.compareTo(second)).isNegative();
        assertThat(second.compareTo(third)).isNegative();
        assertThat(new BigInteger(first)).isLessThan(new BigInteger(second));
    }

    @Test
    void text_aws_could_not_have_issued_does_not_parse() {
        String valid = SequenceNumbers.encode(CREATED, 1, 0, CREATED, 1);
        String hex = new BigInteger(valid).toString(16);

        assertThat(SequenceNumbers.parse(null)).isNull();
        assertThat(SequenceNumbers.parse("")).isNull();
        assertThat(SequenceNumbers.parse("12a")).isNull();
        assertThat(SequenceNumbers.parse(hex("3" + hex.substring(1)))).as("leading 3").isNull();
        assertThat(SequenceNumbers.parse(hex(hex.substring(0, 46) + "4"))).as("version 4").isNull();
        assertThat(SequenceNumbers.parse(hex(hex.substring(0, 11) + "8" + hex.substring(12)))).as("counter").isNull();
        assertThat(SequenceNumbers.parse(hex("2ffffffffff7fffffffffffffff000000000007fffffff2"))).isNull();
    }

    @Test
    void older_layouts_read_as_aws_reads_them() {
        // A bare small number is version 0 with 2^124 added: 5 encodes shard 5.
        assertThat(SequenceNumbers.parse("5").shardIndex()).isEqualTo(5);
        assertThat(SequenceNumbers.parse("5").version()).isZero();
        String allZerosV2 = "49039857307708443467467104868809893875799651909875269634";
        assertThat(SequenceNumbers.parse(allZerosV2).version()).isEqualTo(2);
        assertThat(SequenceNumbers.parse("49039857307708443467467104868809893875799651909875269633").version())
                .isEqualTo(1);
    }

    @Test
    void a_number_is_placed_only_in_its_own_shard_of_its_own_stream() {
        KinesisStream stream = new KinesisStream(SCOPE, "s", CREATED, CREATED, CREATED, "PROVISIONED");
        stream.createInitialShards(2);
        StreamShard shard0 = stream.shard(0);
        StreamShard shard1 = stream.shard(1);
        String onShard1 = shard1.sequenceNumber(CREATED + 5_000, 7);
        String fromOlderStream = SequenceNumbers.encode(CREATED - 60_000, 1, CREATED, CREATED, 7);
        String fromEarlierIncarnationSameSecond = SequenceNumbers.encode(CREATED, 1, CREATED - 1, CREATED, 7);

        assertThat(SequenceNumbers.ordinalIn(onShard1, stream, shard1)).isEqualTo(7);
        assertThat(rejection(onShard1, stream, shard0)).isEqualTo("Invalid StartingSequenceNumber. It encodes "
                + "shardId-000000000001, while it was used in a call to a shard with shardId-000000000000");
        assertThat(rejection("5", stream, shard0)).isEqualTo("Invalid StartingSequenceNumber. It encodes "
                + "shardId-000000000005, while it was used in a call to a shard with shardId-000000000000");
        assertThat(rejection(fromOlderStream, stream, shard1)).isEqualTo("StartingSequenceNumber " + fromOlderStream
                + " used in GetShardIterator on shard shardId-000000000001 in stream s under account 000000000000 "
                + "is invalid because it did not come from this stream.");
        assertThat(rejection(fromEarlierIncarnationSameSecond, stream, shard1)).endsWith("did not come from this "
                + "stream.");
        String malformed = hex("2" + "0".repeat(10) + "8" + "0".repeat(34) + "2");
        assertThat(rejection(malformed, stream, shard1)).isEqualTo("StartingSequenceNumber " + malformed
                + " used in GetShardIterator on shard shardId-000000000001 in stream s under account 000000000000 "
                + "is invalid.");
    }

    @Test
    void sequence_number_for_ordering_takes_any_number_aws_could_issue() {
        KinesisStream stream = new KinesisStream(SCOPE, "s", CREATED, CREATED, CREATED, "PROVISIONED");

        assertThatCode(() -> SequenceNumbers.checkExclusiveMinimum(
                "49039857307708443467467104868809893875799651909875269634", stream)).doesNotThrowAnyException();
        assertThatCode(() -> SequenceNumbers.checkExclusiveMinimum(
                SequenceNumbers.encode(CREATED, 3, 0, CREATED + 86_400_000L, 9), stream)).doesNotThrowAnyException();
        AwsException e = catchThrowableOfType(AwsException.class, () -> SequenceNumbers.checkExclusiveMinimum(
                hex("2ffffffffff7fffffffffffffff000000000007fffffff2"), stream));
        assertThat(e.getMessage()).startsWith("ExclusiveMinimumSequenceNumber ").endsWith(" used in PutRecord on "
                + "stream s under account 000000000000 is invalid.");
    }

    @Test
    void a_shards_starting_sequence_number_sits_before_its_first_record() {
        KinesisStream stream = new KinesisStream(SCOPE, "s", CREATED, CREATED, CREATED, "PROVISIONED");
        stream.createInitialShards(1);

        String start = stream.shard(0).describe().sequenceNumberRange().startingSequenceNumber();

        assertThat(SequenceNumbers.ordinalIn(start, stream, stream.shard(0))).isZero();
        assertThat(new BigInteger(start)).isLessThan(new BigInteger(stream.shard(0).sequenceNumber(CREATED, 1)));
    }

    private static String hex(String hexDigits) {
        return new BigInteger(hexDigits, 16).toString();
    }

    private static String rejection(String seq, KinesisStream stream, StreamShard shard) {
        AwsException e = catchThrowableOfType(AwsException.class, () -> SequenceNumbers.ordinalIn(seq, stream, shard));
        assertThat(e.error()).isEqualTo(KinesisErrors.INVALID_ARGUMENT);
        return e.getMessage();
    }
}
