package io.kinesisharness.kpl;

import com.google.protobuf.CodedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the KPL's aggregation format, as documented for it: the magic bytes F3 89 9A C2, a protobuf
 * {@code AggregatedRecord} and the MD5 of that protobuf. {@code AggregatedRecord} holds a partition-key table (field
 * 1), an explicit-hash-key table (field 2) and the records (field 3), each of which names its key by index
 * (fields 1 and 2) and carries its data (field 3). A Kinesis record without the magic bytes is a plain one.
 */
final class AggregatedRecords {

    private static final byte[] MAGIC = {(byte) 0xF3, (byte) 0x89, (byte) 0x9A, (byte) 0xC2};
    private static final int MD5_LENGTH = 16;

    /** One user record as the producer was given it. */
    record UserRecord(String partitionKey, String explicitHashKey, byte[] data) {
    }

    private AggregatedRecords() {
    }

    static boolean isAggregated(byte[] kinesisData) {
        return kinesisData.length > MAGIC.length + MD5_LENGTH
                && Arrays.equals(kinesisData, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** The user records inside one Kinesis record; a plain record is its own one user record. */
    static List<UserRecord> decode(byte[] kinesisData, String kinesisPartitionKey) {
        if (!isAggregated(kinesisData)) {
            return List.of(new UserRecord(kinesisPartitionKey, null, kinesisData));
        }
        byte[] message = Arrays.copyOfRange(kinesisData, MAGIC.length, kinesisData.length - MD5_LENGTH);
        byte[] checksum = Arrays.copyOfRange(kinesisData, kinesisData.length - MD5_LENGTH, kinesisData.length);
        if (!Arrays.equals(md5(message), checksum)) {
            throw new IllegalArgumentException("aggregated record with a wrong MD5");
        }
        try {
            return parse(CodedInputStream.newInstance(message));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<UserRecord> parse(CodedInputStream in) throws IOException {
        List<String> partitionKeys = new ArrayList<>();
        List<String> hashKeys = new ArrayList<>();
        List<long[]> keyIndexes = new ArrayList<>();
        List<byte[]> data = new ArrayList<>();
        while (!in.isAtEnd()) {
            int tag = in.readTag();
            switch (tag >>> 3) {
                case 1 -> partitionKeys.add(in.readString());
                case 2 -> hashKeys.add(in.readString());
                case 3 -> {
                    int limit = in.pushLimit(in.readRawVarint32());
                    long[] indexes = {-1, -1};
                    byte[] bytes = new byte[0];
                    while (!in.isAtEnd()) {
                        int field = in.readTag();
                        switch (field >>> 3) {
                            case 1 -> indexes[0] = in.readUInt64();
                            case 2 -> indexes[1] = in.readUInt64();
                            case 3 -> bytes = in.readByteArray();
                            default -> in.skipField(field);
                        }
                    }
                    in.popLimit(limit);
                    keyIndexes.add(indexes);
                    data.add(bytes);
                }
                default -> in.skipField(tag);
            }
        }
        List<UserRecord> records = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            long[] k = keyIndexes.get(i);
            records.add(new UserRecord(partitionKeys.get((int) k[0]), k[1] < 0 ? null : hashKeys.get((int) k[1]),
                    data.get(i)));
        }
        return records;
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
