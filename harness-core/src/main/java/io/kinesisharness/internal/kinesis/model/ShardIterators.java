package io.kinesisharness.internal.kinesis.model;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.zip.CRC32;

/**
 * Shard iterators: opaque base64 tokens holding the stream identity, shard, position and issue time, with a
 * checksum so that a truncated or edited iterator is recognised as invalid rather than misread.
 */
public final class ShardIterators {

    private static final byte VERSION = 1;

    private ShardIterators() {
    }

    public static String encode(Position p) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(96);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(VERSION);
            out.writeUTF(p.accountId);
            out.writeUTF(p.region);
            out.writeUTF(p.streamName);
            out.writeLong(p.incarnation);
            out.writeInt(p.shardIndex);
            out.writeLong(p.ordinal);
            out.writeLong(p.issuedMillis);
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeInt((int) crc.getValue());
            return Base64.getEncoder().encodeToString(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The position an iterator holds, or null when it is not a well-formed iterator of ours. */
    public static Position decode(String iterator) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(iterator);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (raw.length < 8 || raw[0] != VERSION) {
            return null;
        }
        CRC32 crc = new CRC32();
        crc.update(raw, 0, raw.length - 4);
        if ((int) crc.getValue() != ByteBuffer.wrap(raw, raw.length - 4, 4).getInt()) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(raw, 1, raw.length - 5))) {
            return new Position(in.readUTF(), in.readUTF(), in.readUTF(), in.readLong(), in.readInt(), in.readLong(),
                    in.readLong());
        } catch (IOException e) {
            return null;
        }
    }

    public record Position(String accountId, String region, String streamName, long incarnation, int shardIndex,
            long ordinal, long issuedMillis) {
    }
}
