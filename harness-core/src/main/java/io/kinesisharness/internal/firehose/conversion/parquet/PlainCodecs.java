package io.kinesisharness.internal.firehose.conversion.parquet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

/**
 * Parquet page compression without Hadoop: parquet-java's own codec factory goes through Hadoop's codec classes
 * for every codec, so the harness compresses pages itself, as Parquet specifies them: SNAPPY as raw Snappy blocks
 * (snappy-java), GZIP as gzip streams (the JDK), UNCOMPRESSED as they are.
 */
final class PlainCodecs implements CompressionCodecFactory {

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        return new BytesInputCompressor() {
            @Override
            public BytesInput compress(BytesInput bytes) throws IOException {
                return switch (codec) {
                    case UNCOMPRESSED -> bytes;
                    case SNAPPY -> BytesInput.from(Snappy.compress(bytes.toByteArray()));
                    case GZIP -> {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                            bytes.writeAllTo(gz);
                        }
                        yield BytesInput.from(out.toByteArray());
                    }
                    default -> throw new IOException("Parquet compression " + codec + " is not one Firehose writes");
                };
            }

            @Override
            public CompressionCodecName getCodecName() {
                return codec;
            }

            @Override
            public void release() {
            }
        };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        return new BytesInputDecompressor() {
            @Override
            public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
                return switch (codec) {
                    case UNCOMPRESSED -> bytes;
                    case SNAPPY -> BytesInput.from(Snappy.uncompress(bytes.toByteArray()));
                    case GZIP -> {
                        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                            yield BytesInput.from(in.readAllBytes());
                        }
                    }
                    default -> throw new IOException("Parquet compression " + codec + " is not one Firehose writes");
                };
            }

            @Override
            public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize)
                    throws IOException {
                byte[] in = new byte[compressedSize];
                input.get(in);
                output.put(decompress(BytesInput.from(in), uncompressedSize).toByteArray());
            }

            @Override
            public void release() {
            }
        };
    }

    @Override
    public void release() {
    }
}
