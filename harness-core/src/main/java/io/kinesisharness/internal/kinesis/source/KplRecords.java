package io.kinesisharness.internal.kinesis.source;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a KPL-aggregated Kinesis record into its user records, as KCL and Firehose do: magic bytes
 * {@code F3 89 9A C2}, a protobuf {@code AggregatedRecord}, and the MD5 of that protobuf. Anything else, or an
 * aggregate whose digest does not match, is one plain record. The three-field protobuf is read by hand: the
 * protobuf runtime would put a version on users' classpaths that KCL and KPL pin their own of.
 */
public final class KplRecords {

    private static final byte[] MAGIC = {(byte) 0xF3, (byte) 0x89, (byte) 0x9A, (byte) 0xC2};
    private static final int DIGEST = 16;

    private KplRecords() {
    }

    /** One user record of an aggregate: its partition key, its data, its index (the subsequence number). */
    public record UserRecord(String partitionKey, byte[] data, long subsequenceNumber) {
    }

    /** The user records in {@code data}, or null when it is not a well-formed aggregate. */
    public static List<UserRecord> split(byte[] data) {
        if (data.length < MAGIC.length + DIGEST || !Arrays.equals(data, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return null;
        }
        int end = data.length - DIGEST;
        if (!digestMatches(data, MAGIC.length, end)) {
            return null;
        }
        try {
            return parse(data, MAGIC.length, end);
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean digestMatches(byte[] data, int from, int to) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(data, from, to - from);
            return Arrays.equals(md5.digest(), 0, DIGEST, data, to, to + DIGEST);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<UserRecord> parse(byte[] b, int from, int to) {
        List<String> keys = new ArrayList<>();
        List<long[]> recordSpans = new ArrayList<>();
        Cursor c = new Cursor(b, from, to);
        while (c.more()) {
            long tag = c.varint();
            int field = (int) (tag >>> 3);
            int wire = (int) (tag & 7);
            if (wire != 2) {
                c.skip(wire);
                continue;
            }
            int len = (int) c.varint();
            int start = c.pos;
            c.advance(len);
            if (field == 1) {
                keys.add(new String(b, start, len, java.nio.charset.StandardCharsets.UTF_8));
            } else if (field == 3) {
                recordSpans.add(new long[] {start, len});
            }
        }
        List<UserRecord> out = new ArrayList<>(recordSpans.size());
        for (long[] span : recordSpans) {
            Cursor r = new Cursor(b, (int) span[0], (int) (span[0] + span[1]));
            long keyIndex = -1;
            byte[] data = null;
            while (r.more()) {
                long tag = r.varint();
                int field = (int) (tag >>> 3);
                int wire = (int) (tag & 7);
                if (field == 1 && wire == 0) {
                    keyIndex = r.varint();
                } else if (field == 3 && wire == 2) {
                    int len = (int) r.varint();
                    data = Arrays.copyOfRange(b, r.pos, r.pos + len);
                    r.advance(len);
                } else {
                    r.skip(wire);
                }
            }
            if (keyIndex < 0 || keyIndex >= keys.size() || data == null) {
                throw new IllegalArgumentException("malformed aggregated record");
            }
            out.add(new UserRecord(keys.get((int) keyIndex), data, out.size()));
        }
        return out;
    }

    /** A position in a protobuf message. */
    private static final class Cursor {
        private final byte[] b;
        private final int end;
        private int pos;

        Cursor(byte[] b, int pos, int end) {
            this.b = b;
            this.pos = pos;
            this.end = end;
        }

        boolean more() {
            return pos < end;
        }

        long varint() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (pos >= end) {
                    throw new IllegalArgumentException("truncated varint");
                }
                byte x = b[pos++];
                v |= (long) (x & 0x7f) << shift;
                if (x >= 0) {
                    return v;
                }
            }
            throw new IllegalArgumentException("varint too long");
        }

        void advance(int n) {
            if (n < 0 || pos + n > end) {
                throw new IllegalArgumentException("field runs past its message");
            }
            pos += n;
        }

        void skip(int wire) {
            switch (wire) {
                case 0 -> varint();
                case 1 -> advance(8);
                case 2 -> advance((int) varint());
                case 5 -> advance(4);
                default -> throw new IllegalArgumentException("unknown wire type " + wire);
            }
        }
    }
}
