package io.kinesisharness.internal.kinesis.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.errors.AwsException;
import io.kinesisharness.internal.kinesis.KinesisErrors;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class SequenceNumbersTest {

    private static final long INCARNATION = 1_767_225_600_000L;

    @Test
    void a_sequence_number_has_56_digits_and_parses_back_to_its_parts() {
        String seq = SequenceNumbers.encode(INCARNATION, 12, 1_767_225_601_234L, 987_654_321L);

        assertThat(seq).hasSize(56).matches("[1-9]\\d{55}");
        assertThat(SequenceNumbers.parse(seq))
                .isEqualTo(new SequenceNumbers.Parsed(INCARNATION, 12, 1_767_225_601_234L, 987_654_321L));
    }

    @Test
    void sequence_numbers_of_one_shard_increase_with_arrival_and_ordinal() {
        String first = SequenceNumbers.encode(INCARNATION, 0, 1_000, 1);
        String sameMillisecond = SequenceNumbers.encode(INCARNATION, 0, 1_000, 2);
        String later = SequenceNumbers.encode(INCARNATION, 0, 1_001, 3);

        assertThat(new BigInteger(first)).isLessThan(new BigInteger(sameMillisecond));
        assertThat(new BigInteger(sameMillisecond)).isLessThan(new BigInteger(later));
        // Fixed width: text order is numeric order, which readers that compare strings rely on.
        assertThat(first.compareTo(sameMillisecond)).isNegative();
        assertThat(sameMillisecond.compareTo(later)).isNegative();
    }

    @Test
    void text_that_is_not_one_of_our_numbers_does_not_parse() {
        String valid = SequenceNumbers.encode(INCARNATION, 1, 1_000, 1);

        assertThat(SequenceNumbers.parse(null)).isNull();
        assertThat(SequenceNumbers.parse("")).isNull();
        assertThat(SequenceNumbers.parse("12345")).isNull();
        assertThat(SequenceNumbers.parse(valid.substring(1))).isNull();
        assertThat(SequenceNumbers.parse(valid + "0")).isNull();
        assertThat(SequenceNumbers.parse("5" + valid.substring(1))).isNull();
        assertThat(SequenceNumbers.parse(valid.substring(0, 30) + "x" + valid.substring(31))).isNull();
        // The last 20 digits would overflow a long.
        assertThat(SequenceNumbers.parse(valid.substring(0, 36) + "99999999999999999999")).isNull();
    }

    @Test
    void a_number_is_placed_only_in_its_own_shard_of_its_own_stream() {
        Scope scope = new Scope("000000000000", "us-east-1");
        KinesisStream stream = new KinesisStream(scope, "s", INCARNATION, 0, 0, "PROVISIONED");
        stream.createInitialShards(2);
        StreamShard shard0 = stream.shard(0);
        StreamShard shard1 = stream.shard(1);
        String onShard1 = shard1.sequenceNumber(5_000, 7);
        String fromOlderStream = SequenceNumbers.encode(INCARNATION - 1, 1, 5_000, 7);

        assertThat(SequenceNumbers.ordinalIn(onShard1, stream, shard1)).isEqualTo(7);
        assertThat(rejection(onShard1, stream, shard0)).isEqualTo("Invalid StartingSequenceNumber. It encodes "
                + "shardId-000000000001, while it was used in a call to a shard with shardId-000000000000");
        assertThat(rejection(fromOlderStream, stream, shard1)).isEqualTo("StartingSequenceNumber " + fromOlderStream
                + " used in GetShardIterator on shard shardId-000000000001 in stream s under account 000000000000 "
                + "is invalid because it did not come from this stream.");
        assertThat(rejection("7", stream, shard1)).isEqualTo("StartingSequenceNumber 7 used in GetShardIterator on "
                + "shard shardId-000000000001 in stream s under account 000000000000 is invalid.");
    }

    @Test
    void a_shards_starting_sequence_number_sits_before_its_first_record() {
        Scope scope = new Scope("000000000000", "us-east-1");
        KinesisStream stream = new KinesisStream(scope, "s", INCARNATION, 1_000, 1_000, "PROVISIONED");
        stream.createInitialShards(1);

        String start = stream.shard(0).describe().sequenceNumberRange().startingSequenceNumber();

        assertThat(SequenceNumbers.ordinalIn(start, stream, stream.shard(0))).isZero();
        assertThat(new BigInteger(start)).isLessThan(new BigInteger(stream.shard(0).sequenceNumber(1_000, 1)));
    }

    private static String rejection(String seq, KinesisStream stream, StreamShard shard) {
        AwsException e = catchThrowableOfType(AwsException.class, () -> SequenceNumbers.ordinalIn(seq, stream, shard));
        assertThat(e.error()).isEqualTo(KinesisErrors.INVALID_ARGUMENT);
        return e.getMessage();
    }
}
