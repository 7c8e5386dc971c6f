package io.kinesisharness.internal.firehose.conversion.parquet;

import io.kinesisharness.internal.firehose.conversion.ParquetOutput;
import io.kinesisharness.internal.glue.access.HiveType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.schema.MessageType;

/**
 * One Parquet object from rows, in memory, with parquet-java's writer (parquet-hadoop, an optional dependency,
 * used without Hadoop: a plain configuration, an in-memory output file and {@link PlainCodecs}). Only this package
 * touches Parquet's classes; it is loaded by name ({@code ParquetSupport}), from the standalone jar's bundle there.
 */
public final class ParquetFiles implements ParquetOutput {

    @Override
    public byte[] write(List<String> names, List<HiveType> types, List<List<Object>> rows, Options options) {
        MessageType schema = ParquetSchema.of(names, types);
        Memory file = new Memory();
        try (ParquetWriter<List<Object>> writer = new Builder(file, new RowWriteSupport(schema, names, types))
                .withConf(new PlainParquetConfiguration()).withCodecFactory(new PlainCodecs())
                .withCompressionCodec(CompressionCodecName.valueOf(options.compression()))
                .withRowGroupSize((long) options.blockSizeBytes()).withPageSize(options.pageSizeBytes())
                .withDictionaryEncoding(options.dictionary()).withMaxPaddingSize(options.maxPaddingBytes())
                .withWriterVersion("V2".equals(options.writerVersion()) ? ParquetProperties.WriterVersion.PARQUET_2_0
                        : ParquetProperties.WriterVersion.PARQUET_1_0)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE).build()) {
            for (List<Object> row : rows) {
                writer.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.bytes.toByteArray();
    }

    private static final class Builder extends ParquetWriter.Builder<List<Object>, Builder> {
        private final RowWriteSupport support;

        Builder(OutputFile file, RowWriteSupport support) {
            super(file);
            this.support = support;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<List<Object>> getWriteSupport(org.apache.hadoop.conf.Configuration conf) {
            return support;
        }

        @Override
        protected WriteSupport<List<Object>> getWriteSupport(org.apache.parquet.conf.ParquetConfiguration conf) {
            return support;
        }
    }

    /** An output file that is a byte array. */
    private static final class Memory implements OutputFile {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public PositionOutputStream create(long blockSizeHint) {
            return createOrOverwrite(blockSizeHint);
        }

        @Override
        public PositionOutputStream createOrOverwrite(long blockSizeHint) {
            bytes.reset();
            return new PositionOutputStream() {
                @Override
                public long getPos() {
                    return bytes.size();
                }

                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes.write(b, off, len);
                }
            };
        }

        @Override
        public boolean supportsBlockSize() {
            return false;
        }

        @Override
        public long defaultBlockSize() {
            return 0;
        }

        @Override
        public String getPath() {
            return "memory";
        }
    }
}
