// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;

/** AWS's {@code ParquetSerDe} shape. */
public record ParquetSerDe(
        @JsonProperty("BlockSizeBytes") Integer blockSizeBytes,
        @JsonProperty("PageSizeBytes") Integer pageSizeBytes,
        @JsonProperty("Compression") String compression,
        @JsonProperty("EnableDictionaryCompression") Boolean enableDictionaryCompression,
        @JsonProperty("MaxPaddingBytes") Integer maxPaddingBytes,
        @JsonProperty("WriterVersion") String writerVersion) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, ParquetSerDe value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "blockSizeBytes" : path + ".blockSizeBytes";
        v.range(p, value.blockSizeBytes(), 67108864L, 9223372036854775807L);
        p = path.isEmpty() ? "pageSizeBytes" : path + ".pageSizeBytes";
        v.range(p, value.pageSizeBytes(), 65536L, 9223372036854775807L);
        p = path.isEmpty() ? "compression" : path + ".compression";
        v.oneOf(p, value.compression(), FirehoseShapes.PARQUET_COMPRESSION);
        p = path.isEmpty() ? "maxPaddingBytes" : path + ".maxPaddingBytes";
        v.range(p, value.maxPaddingBytes(), 0L, 9223372036854775807L);
        p = path.isEmpty() ? "writerVersion" : path + ".writerVersion";
        v.oneOf(p, value.writerVersion(), FirehoseShapes.PARQUET_WRITER_VERSION);
    }
}
