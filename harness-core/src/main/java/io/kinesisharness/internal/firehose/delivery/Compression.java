package io.kinesisharness.internal.firehose.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Firehose's S3 compression formats as AWS writes them (observed): the object's bytes, its default extension and
 * its {@code Content-Encoding}. ZIP holds one entry named by a random UUID; Snappy is snappy-java's own stream
 * format and HADOOP_SNAPPY Hadoop's block format, both through snappy-java (optional; see {@link #snappyAvailable}).
 */
public enum Compression {
    UNCOMPRESSED(null, ""),
    GZIP("gzip", ".gz"),
    ZIP("zip", ".zip"),
    SNAPPY("snappy-java", ".snappy"),
    /** AWS's documentation says {@code .hsnappy}; AWS was seen writing {@code .snappy}, which is kept. */
    HADOOP_SNAPPY("hadoop-snappy", ".snappy");

    private final String contentEncoding;
    private final String extension;

    Compression(String contentEncoding, String extension) {
        this.contentEncoding = contentEncoding;
        this.extension = extension;
    }

    /** From the model's value ({@code GZIP}, {@code Snappy}, ...); null means UNCOMPRESSED. */
    public static Compression of(String format) {
        if (format == null) {
            return UNCOMPRESSED;
        }
        return switch (format) {
            case "GZIP" -> GZIP;
            case "ZIP" -> ZIP;
            case "Snappy" -> SNAPPY;
            case "HADOOP_SNAPPY" -> HADOOP_SNAPPY;
            default -> UNCOMPRESSED;
        };
    }

    /** The object's {@code Content-Encoding}, or null for none. */
    public String contentEncoding() {
        return contentEncoding;
    }

    public String extension() {
        return extension;
    }

    public byte[] compress(byte[] data) {
        if (this == UNCOMPRESSED) {
            return data;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 2));
        try {
            switch (this) {
                case GZIP -> {
                    try (OutputStream gz = new GZIPOutputStream(out, 64 * 1024)) {
                        gz.write(data);
                    }
                }
                case ZIP -> {
                    try (ZipOutputStream zip = new ZipOutputStream(out)) {
                        zip.putNextEntry(new ZipEntry(UUID.randomUUID().toString()));
                        zip.write(data);
                        zip.closeEntry();
                    }
                }
                case SNAPPY -> SnappyStreams.snappyJava(data, out);
                case HADOOP_SNAPPY -> SnappyStreams.hadoop(data, out);
                default -> throw new IllegalStateException(name());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Whether snappy-java and its native library load here: without them Snappy formats are refused at create. */
    public static boolean snappyAvailable() {
        return SnappyStreams.AVAILABLE;
    }
}
