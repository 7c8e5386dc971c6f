// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validator;
import java.util.List;

/** AWS's {@code OrcSerDe} shape. */
public record OrcSerDe(
        @JsonProperty("StripeSizeBytes") Integer stripeSizeBytes,
        @JsonProperty("BlockSizeBytes") Integer blockSizeBytes,
        @JsonProperty("RowIndexStride") Integer rowIndexStride,
        @JsonProperty("EnablePadding") Boolean enablePadding,
        @JsonProperty("PaddingTolerance") Double paddingTolerance,
        @JsonProperty("Compression") String compression,
        @JsonProperty("BloomFilterColumns") List<String> bloomFilterColumns,
        @JsonProperty("BloomFilterFalsePositiveProbability") Double bloomFilterFalsePositiveProbability,
        @JsonProperty("DictionaryKeyThreshold") Double dictionaryKeyThreshold,
        @JsonProperty("FormatVersion") String formatVersion) {

    /** Applies the model's constraints to a value at a member path ("" for a request). */
    public static void check(Validator v, String path, OrcSerDe value) {
        if (value == null) {
            return;
        }
        String p;
        p = path.isEmpty() ? "stripeSizeBytes" : path + ".stripeSizeBytes";
        v.range(p, value.stripeSizeBytes(), 8388608L, 9223372036854775807L);
        p = path.isEmpty() ? "blockSizeBytes" : path + ".blockSizeBytes";
        v.range(p, value.blockSizeBytes(), 67108864L, 9223372036854775807L);
        p = path.isEmpty() ? "rowIndexStride" : path + ".rowIndexStride";
        v.range(p, value.rowIndexStride(), 1000L, 9223372036854775807L);
        p = path.isEmpty() ? "paddingTolerance" : path + ".paddingTolerance";
        v.range(p, value.paddingTolerance(), 0L, 1L);
        p = path.isEmpty() ? "compression" : path + ".compression";
        v.oneOf(p, value.compression(), FirehoseShapes.ORC_COMPRESSION);
        p = path.isEmpty() ? "bloomFilterColumns" : path + ".bloomFilterColumns";
        v.elementLengths(p, value.bloomFilterColumns(), 1, 1024);
        p = path.isEmpty() ? "bloomFilterFalsePositiveProbability" : path + ".bloomFilterFalsePositiveProbability";
        v.range(p, value.bloomFilterFalsePositiveProbability(), 0L, 1L);
        p = path.isEmpty() ? "dictionaryKeyThreshold" : path + ".dictionaryKeyThreshold";
        v.range(p, value.dictionaryKeyThreshold(), 0L, 1L);
        p = path.isEmpty() ? "formatVersion" : path + ".formatVersion";
        v.oneOf(p, value.formatVersion(), FirehoseShapes.ORC_FORMAT_VERSION);
    }
}
