package io.kinesisharness.internal.firehose.conversion;

import io.kinesisharness.internal.firehose.api.ParquetSerDe;
import io.kinesisharness.internal.glue.access.HiveType;
import java.util.List;

/**
 * Writes one Parquet object from rows. Its implementation uses parquet-java, which the standalone server keeps out of
 * its class path and loads apart ({@link ParquetSupport}), so this interface speaks only the harness's types.
 */
public interface ParquetOutput {

    /** The ParquetSerDe options, with AWS's defaults. */
    record Options(String compression, int blockSizeBytes, int pageSizeBytes, boolean dictionary,
            int maxPaddingBytes, String writerVersion) {

        static Options of(ParquetSerDe serDe) {
            if (serDe == null) {
                return new Options("SNAPPY", 256 * 1024 * 1024, 1024 * 1024, true, 0, "V1");
            }
            return new Options(serDe.compression() == null ? "SNAPPY" : serDe.compression(),
                    serDe.blockSizeBytes() == null ? 256 * 1024 * 1024 : serDe.blockSizeBytes(),
                    serDe.pageSizeBytes() == null ? 1024 * 1024 : serDe.pageSizeBytes(),
                    !Boolean.FALSE.equals(serDe.enableDictionaryCompression()),
                    serDe.maxPaddingBytes() == null ? 0 : serDe.maxPaddingBytes(),
                    serDe.writerVersion() == null ? "V1" : serDe.writerVersion());
        }
    }

    byte[] write(List<String> names, List<HiveType> types, List<List<Object>> rows, Options options);
}
