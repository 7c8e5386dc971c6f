package io.kinesisharness.internal.kinesis.model;

import io.kinesisharness.internal.kinesis.KinesisErrors;

/**
 * Sequence numbers: 56 decimal digits, like AWS's, that parse back to their shard and position:
 * {@code 49} + stream incarnation (13) + shard index (6) + arrival epoch millis (15) + ordinal in shard (20).
 * Fixed widths make string order equal numeric order; within a shard arrival never decreases and the
 * ordinal always increases, so numbers strictly increase. Ordinal 0 is the shard's StartingSequenceNumber;
 * records start at 1.
 */
public final class SequenceNumbers {

    public static final int LENGTH = io.kinesisharness.internal.kinesis.api.SequenceNumberText.LENGTH;
    private static final String PREFIX = "49";
    private static final String MAX_ORDINAL = "0" + Long.MAX_VALUE;

    private SequenceNumbers() {
    }

    public static String encode(long incarnation, int shardIndex, long arrivalMillis, long ordinal) {
        return new Prefix(incarnation, shardIndex).format(arrivalMillis, ordinal);
    }

    /**
     * The part of a shard's sequence numbers that never changes. Records keep a reference to it instead of
     * their 56-character number, which is formatted when it is sent: memory per record matters more than the
     * few nanoseconds formatting takes.
     */
    public static final class Prefix {
        private final char[] template = new char[LENGTH];

        public Prefix(long incarnation, int shardIndex) {
            PREFIX.getChars(0, 2, template, 0);
            digits(template, 2, 13, incarnation);
            digits(template, 15, 6, shardIndex);
        }

        public String format(long arrivalMillis, long ordinal) {
            char[] c = new char[LENGTH];
            formatInto(c, arrivalMillis, ordinal);
            return new String(c);
        }

        /** Writes the number into {@code into} (at least 56 chars), for writers that need no String. */
        public void formatInto(char[] into, long arrivalMillis, long ordinal) {
            System.arraycopy(template, 0, into, 0, 21);
            digits(into, 21, 15, Math.max(0, arrivalMillis));
            digits(into, 36, 20, ordinal);
        }

        private static void digits(char[] into, int at, int width, long value) {
            long v = value;
            for (int i = at + width - 1; i >= at; i--) {
                into[i] = (char) ('0' + v % 10);
                v /= 10;
            }
        }
    }

    /** A sequence number's parts, or null when the text is not one of ours. */
    public static Parsed parse(String text) {
        if (text == null || text.length() != LENGTH || !text.startsWith(PREFIX)) {
            return null;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        // The ordinal field is wider than a long; a foreign number may overflow it.
        if (text.substring(36).compareTo(MAX_ORDINAL) > 0) {
            return null;
        }
        long incarnation = Long.parseLong(text, 2, 15, 10);
        int shard = Integer.parseInt(text, 15, 21, 10);
        long arrival = Long.parseLong(text, 21, 36, 10);
        long ordinal = Long.parseLong(text, 36, 56, 10);
        return new Parsed(incarnation, shard, arrival, ordinal);
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
        if (p.incarnation != stream.incarnation()) {
            throw KinesisErrors.INVALID_ARGUMENT.exception(usedIn + " because it did not come from this stream.");
        }
        return p.ordinal;
    }

    /**
     * PutRecord's SequenceNumberForOrdering must be a sequence number this harness could have issued by now;
     * AWS does not require it to come from the same shard.
     */
    public static void checkExclusiveMinimum(String text, KinesisStream stream, long nowMillis) {
        Parsed p = parse(text);
        if (p == null || p.arrivalMillis > nowMillis) {
            throw KinesisErrors.INVALID_ARGUMENT.exception("ExclusiveMinimumSequenceNumber " + text + " used in PutRecord on "
                    + "stream " + stream.name() + " under account " + stream.scope().accountId() + " is invalid.");
        }
    }

    public record Parsed(long incarnation, int shardIndex, long arrivalMillis, long ordinal) {
    }
}
