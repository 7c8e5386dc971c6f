package io.kinesisharness.internal.firehose.conversion;

import java.util.List;

/**
 * Writes one ORC object from rows. Its implementation uses orc-core and Hadoop, which the standalone server keeps
 * out of its class path and loads apart ({@link OrcSupport}), so this interface speaks only JDK types: the rows as
 * {@link JsonRows} reads them, the columns' Hive types as text.
 */
public interface OrcWriter {

    /**
     * The OrcSerDe options, with AWS's defaults filled in.
     *
     * @param compression NONE, ZLIB or SNAPPY
     * @param formatVersion V0_11 or V0_12
     * @param bloomFilterColumns column names, comma-separated, or empty
     */
    record Options(String compression, long stripeSizeBytes, long blockSizeBytes, int rowIndexStride,
            boolean padding, double paddingTolerance, String bloomFilterColumns, double bloomFilterFpp,
            double dictionaryKeyThreshold, String formatVersion) {
    }

    byte[] write(List<String> names, List<String> hiveTypes, List<List<Object>> rows, Options options);
}
