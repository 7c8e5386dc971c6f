package io.kinesisharness.internal.kinesis.model;

import io.kinesisharness.internal.kinesis.KinesisErrors;
import java.math.BigInteger;

/**
 * Sequence numbers in AWS's own layout (version 2), so they decode as AWS's do: 56 decimal digits of a 47-digit
 * hexadecimal number {@code 2 CCCCCCCCC n QQQQQQQQQQQQQQQQ 00 RRRRRRRRR SSSSSSSS 2}, where C is the shard's creation
 * time in epoch seconds, n the low hex digit of the shard's index, Q a per-shard counter (the record's ordinal; the
 * shard's StartingSequenceNumber is 0, records start at 1), R the record's arrival in epoch seconds and S the shard
 * index. The counter sits above the time, so within a shard numbers strictly increase; the width is fixed, so text
 * order is numeric order. AWS reads the shard back out of a number, and so does the harness. AWS's counters run
 * high; here the counter's top bits tell one incarnation of a stream from the next (a stream deleted and created
 * again under its name within the same second, as a test with a standing clock does), and the low 40 bits count
 * the shard's records.
 *
 * <p>Numbers of AWS's older layouts (version 1, and version 0: any value below 2^129) are read as far as AWS reads
 * them: the shard they name.
 */
public final class SequenceNumbers {

    public static final int LENGTH = io.kinesisharness.internal.kinesis.api.SequenceNumberText.LENGTH;

    private static final BigInteger TWO_POW_124 = BigInteger.ONE.shiftLeft(124);
    private static final BigInteger TWO_POW_129 = BigInteger.ONE.shiftLeft(129);
    private static final BigInteger TWO_POW_185 = BigInteger.ONE.shiftLeft(185);
    private static final BigInteger TWO_POW_185_AND_HALF = TWO_POW_185.add(BigInteger.ONE.shiftLeft(184));
    /** AWS refuses a creation time at or beyond this, in epoch seconds. */
    private static final long MAX_CREATION_SECONDS = 16_025_175_000L;
    /** 16^20 and 16^9: the place values of the counter and of the arrival time. */
    private static final long[] COUNTER_PLACE = Decimal.of(BigInteger.ONE.shiftLeft(80));
    private static final long[] ARRIVAL_PLACE = Decimal.of(BigInteger.ONE.shiftLeft(36));

    private SequenceNumbers() {
    }

    /** Bits of the counter that count a shard's records; those above tell stream incarnations apart. */
    private static final int ORDINAL_BITS = 40;
    private static final long ORDINAL_MASK = (1L << ORDINAL_BITS) - 1;

    public static String encode(long shardCreatedMillis, int shardIndex, long incarnation, long arrivalMillis,
            long ordinal) {
        return new Prefix(shardCreatedMillis, shardIndex, incarnation).format(arrivalMillis, ordinal);
    }

    /** The top of the counter for a stream incarnation: 23 bits spread from it, so neighbours differ. */
    static long counterBase(long incarnation) {
        return ((incarnation * 0x9E3779B97F4A7C15L) >>> 41) << ORDINAL_BITS;
    }

    /**
     * What all sequence numbers of one shard share: its creation time and index, as the decimal value they add.
     * Records keep a reference to it instead of their 56-character number, which is formatted when it is sent:
     * memory per record matters more than the few dozen nanoseconds formatting takes.
     */
    public static final class Prefix {
        private final long[] base;
        private final long counterBase;

        public Prefix(long shardCreatedMillis, int shardIndex, long incarnation) {
            this.counterBase = counterBase(incarnation);
            long created = Math.floorDiv(shardCreatedMillis, 1000);
            BigInteger v = BigInteger.TWO.shiftLeft(184) // the leading "2" of 47 hex digits
                    .add(BigInteger.valueOf(created).shiftLeft(148))
                    .add(BigInteger.valueOf(shardIndex & 0xF).shiftLeft(144))
                    .add(BigInteger.valueOf(shardIndex & 0xFFFF_FFFFL).shiftLeft(4))
                    .add(BigInteger.TWO);
            this.base = Decimal.of(v);
        }

        public String format(long arrivalMillis, long ordinal) {
            char[] c = new char[LENGTH];
            formatInto(c, arrivalMillis, ordinal);
            return new String(c);
        }

        /** Writes the number into {@code into} (at least 56 chars), for writers that need no String. */
        public void formatInto(char[] into, long arrivalMillis, long ordinal) {
            long[] v = base.clone();
            Decimal.addProduct(v, COUNTER_PLACE, counterBase | ordinal);
            Decimal.addProduct(v, ARRIVAL_PLACE, Math.max(0, Math.floorDiv(arrivalMillis, 1000)));
            Decimal.write(v, into);
        }
    }

    /**
     * A sequence number's fields, or null when the text is no number AWS could have issued (not 56-ish digits, an
     * unknown version, a counter or a creation time out of range).
     *
     * @param version 2 for the current layout; 1 and 0 for AWS's older ones, whose other fields are left 0
     */
    public static Parsed parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 60 || !text.chars().allMatch(Character::isDigit)) {
            return null;
        }
        BigInteger v = new BigInteger(text);
        if (v.compareTo(TWO_POW_129) < 0) {
            BigInteger value = v.compareTo(TWO_POW_124) < 0 ? v.add(TWO_POW_124) : v;
            // Version 0: "1", the creation time, then the shard index in the last four hex digits.
            long created = Long.parseLong(value.toString(16), 1, 10, 16);
            return created >= MAX_CREATION_SECONDS ? null
                    : new Parsed(0, created, value.and(BigInteger.valueOf(0xFFFF)).intValue(), 0, 0);
        }
        if (v.compareTo(TWO_POW_185) <= 0 || v.compareTo(TWO_POW_185_AND_HALF) >= 0) {
            return null;
        }
        String hex = v.toString(16);
        if (hex.length() != 47 || hex.charAt(0) != '2') {
            return null;
        }
        char version = hex.charAt(46);
        long created = Long.parseLong(hex, 1, 10, 16);
        if (created >= MAX_CREATION_SECONDS) {
            return null;
        }
        int shard = (int) Long.parseLong(hex, 38, 46, 16);
        if (version == '1') {
            return new Parsed(1, created, shard, 0, 0);
        }
        if (version != '2' || Character.digit(hex.charAt(11), 16) > 7) {
            return null;
        }
        return new Parsed(2, created, shard, Long.parseLong(hex, 11, 27, 16), Long.parseLong(hex, 29, 38, 16));
    }

    /**
     * The ordinal a sequence number points at in a given shard, or AWS's InvalidArgumentException when it is
     * malformed or belongs to another shard or stream.
     */
    public static long ordinalIn(String text, KinesisStream stream, StreamShard shard) {
        return ordinalIn(text, stream, shard, "GetShardIterator");
    }

    public static long ordinalIn(String text, KinesisStream stream, StreamShard shard, String operation) {
        Parsed p = parse(text);
        String usedIn = "StartingSequenceNumber " + text + " used in " + operation + " on shard " + shard.id()
                + " in stream " + stream.name() + " under account " + stream.scope().accountId() + " is invalid";
        if (p == null) {
            throw KinesisErrors.INVALID_ARGUMENT.exception(usedIn + ".");
        }
        if (p.shardIndex != shard.index()) {
            throw KinesisErrors.INVALID_ARGUMENT.exception("Invalid StartingSequenceNumber. It encodes "
                    + StreamShard.idOf(p.shardIndex) + ", while it was used in a call to a shard with " + shard.id());
        }
        if (p.version != 2 || p.createdSeconds != Math.floorDiv(shard.createdMillis(), 1000)
                || (p.ordinal & ~ORDINAL_MASK) != counterBase(stream.incarnation())) {
            throw KinesisErrors.INVALID_ARGUMENT.exception(usedIn + " because it did not come from this stream.");
        }
        return p.ordinal & ORDINAL_MASK;
    }

    /**
     * PutRecord's SequenceNumberForOrdering: any number AWS could have issued in any layout (all zeros included);
     * AWS does not require it to come from the same shard, nor its time to have passed.
     */
    public static void checkExclusiveMinimum(String text, KinesisStream stream) {
        if (parse(text) == null) {
            throw KinesisErrors.INVALID_ARGUMENT.exception("ExclusiveMinimumSequenceNumber " + text + " used in "
                    + "PutRecord on stream " + stream.name() + " under account " + stream.scope().accountId()
                    + " is invalid.");
        }
    }

    /** @param ordinal the whole counter, as the number carries it */
    public record Parsed(int version, long createdSeconds, int shardIndex, long ordinal, long arrivalSeconds) {
    }

    /** Fixed-width decimal arithmetic in base 10^9, little-endian, just enough for 56-digit numbers. */
    static final class Decimal {
        private static final long BASE = 1_000_000_000L;
        private static final int LIMBS = 7;

        private Decimal() {
        }

        static long[] of(BigInteger v) {
            long[] limbs = new long[LIMBS];
            BigInteger b = BigInteger.valueOf(BASE);
            BigInteger rest = v;
            for (int i = 0; i < LIMBS; i++) {
                BigInteger[] qr = rest.divideAndRemainder(b);
                limbs[i] = qr[1].longValue();
                rest = qr[0];
            }
            return limbs;
        }

        /** {@code acc += place * m}, for m up to Long.MAX_VALUE. */
        static void addProduct(long[] acc, long[] place, long m) {
            long m0 = m % BASE;
            long m1 = (m / BASE) % BASE;
            long m2 = m / BASE / BASE;
            for (int i = 0; i < LIMBS; i++) {
                if (place[i] == 0) {
                    continue;
                }
                add(acc, i, place[i] * m0);
                add(acc, i + 1, place[i] * m1);
                add(acc, i + 2, place[i] * m2);
            }
        }

        /** Adds a value below 10^18 at a limb and carries. */
        private static void add(long[] acc, int at, long value) {
            long carry = value;
            for (int i = at; carry != 0 && i < LIMBS; i++) {
                long sum = acc[i] + carry;
                acc[i] = sum % BASE;
                carry = sum / BASE;
            }
        }

        /** The 56 decimal digits: two from the top limb, nine from each of the others. */
        static void write(long[] v, char[] into) {
            int pos = 0;
            pos = digits(v[LIMBS - 1], 2, into, pos);
            for (int i = LIMBS - 2; i >= 0; i--) {
                pos = digits(v[i], 9, into, pos);
            }
        }

        private static int digits(long value, int width, char[] into, int at) {
            long v = value;
            for (int i = at + width - 1; i >= at; i--) {
                into[i] = (char) ('0' + v % 10);
                v /= 10;
            }
            return at + width;
        }
    }
}
