package io.kinesisharness.internal.kinesis.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Shard iterators in AWS's shape: base64 of an 8-byte version prefix ({@code 00 … 01}) and an encrypted payload,
 * 152 bytes plus a multiple of 16 in all. The payload (AES, under a key of the harness's) holds the stream's
 * identity, the shard, the position and the issue time, with a checksum, so an edited or truncated iterator is
 * recognised as invalid rather than misread, and nothing in it can be read or forged from outside.
 */
public final class ShardIterators {

    private static final byte[] PREFIX = {0, 0, 0, 0, 0, 0, 0, 1};
    private static final byte VERSION = 2;
    private static final int IV_BYTES = 16;
    /** Plaintext is padded to at least this, so every iterator is at least AWS's 152 bytes. */
    private static final int MIN_PLAINTEXT = 112;
    private static final int MIN_LENGTH = 152;
    private static final int MAX_LENGTH = 280;
    private static final SecretKeySpec KEY = new SecretKeySpec(Base64.getDecoder().decode(
            "a2luZXNpcy1oYXJuZXNzLXNoYXJkLWl0ZXJhdG9ycyE="), "AES");
    private static final ThreadLocal<Cipher> CIPHER = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/CBC/PKCS5Padding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JDK has AES/CBC/PKCS5Padding", e);
        }
    });

    private ShardIterators() {
    }

    public static String encode(Position p) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(160);
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
            byte[] plain = Arrays.copyOf(bytes.toByteArray(), Math.max(MIN_PLAINTEXT, bytes.size()));
            byte[] iv = new byte[IV_BYTES];
            ThreadLocalRandom.current().nextBytes(iv);
            Cipher cipher = CIPHER.get();
            cipher.init(Cipher.ENCRYPT_MODE, KEY, new IvParameterSpec(iv));
            byte[] sealed = cipher.doFinal(plain);
            ByteBuffer iterator = ByteBuffer.allocate(PREFIX.length + IV_BYTES + sealed.length);
            iterator.put(PREFIX).put(iv).put(sealed);
            return Base64.getEncoder().encodeToString(iterator.array());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The position an iterator holds, or null when it is not a well-formed iterator of this harness. Surrounding
     * double quotes are ignored, as AWS ignores them.
     */
    public static Position decode(String iterator) {
        String text = iterator.length() >= 2 && iterator.startsWith("\"") && iterator.endsWith("\"")
                ? iterator.substring(1, iterator.length() - 1) : iterator;
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (raw.length < MIN_LENGTH || raw.length > MAX_LENGTH || (raw.length - MIN_LENGTH) % 16 != 0
                || !Arrays.equals(raw, 0, PREFIX.length, PREFIX, 0, PREFIX.length)) {
            return null;
        }
        byte[] plain;
        try {
            Cipher cipher = CIPHER.get();
            cipher.init(Cipher.DECRYPT_MODE, KEY, new IvParameterSpec(raw, PREFIX.length, IV_BYTES));
            plain = cipher.doFinal(raw, PREFIX.length + IV_BYTES, raw.length - PREFIX.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
            if (in.readByte() != VERSION) {
                return null;
            }
            Position p = new Position(in.readUTF(), in.readUTF(), in.readUTF(), in.readLong(), in.readInt(),
                    in.readLong(), in.readLong());
            int length = plain.length - in.available();
            CRC32 crc = new CRC32();
            crc.update(plain, 0, length);
            if (in.readInt() != (int) crc.getValue()) {
                return null;
            }
            // What follows is the padding, which is zeros: anything else was changed on the way.
            for (int i = length + 4; i < plain.length; i++) {
                if (plain[i] != 0) {
                    return null;
                }
            }
            return p;
        } catch (IOException e) {
            return null;
        }
    }

    public record Position(String accountId, String region, String streamName, long incarnation, int shardIndex,
            long ordinal, long issuedMillis) {
    }
}
