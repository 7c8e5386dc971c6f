package io.kinesisharness.internal.firehose.processing;

import io.kinesisharness.internal.firehose.api.ProcessingConfiguration;
import io.kinesisharness.internal.firehose.api.Processor;
import io.kinesisharness.internal.firehose.api.ProcessorParameter;
import java.time.Duration;
import java.util.Base64;

/**
 * A destination's processors read into the steps Firehose runs, in AWS's order whatever the configured order:
 * decompression and CloudWatch Logs message extraction, JSON or delimited de-aggregation, the Lambda
 * transformation, metadata extraction (partition keys), and the delimiter appended at delivery. (KPL de-aggregation
 * of a Kinesis source happens before, where the source reads its records.)
 *
 * @param decompress a Decompression processor (GZIP: CloudWatch Logs subscriptions)
 * @param extractMessages CloudWatchLogProcessing with DataMessageExtraction=true
 * @param deAggregation {@code JSON}, {@code DELIMITED}, or null
 * @param delimiter the DELIMITED sub-record delimiter's bytes
 * @param lambda the Lambda step, or null
 * @param metadataQuery the MetadataExtraction jq query, or null
 * @param appendDelimiter AppendDelimiterToRecord
 */
public record ProcessingPlan(boolean decompress, boolean extractMessages, String deAggregation, byte[] delimiter,
        LambdaStep lambda, String metadataQuery, boolean appendDelimiter) {

    public static final ProcessingPlan NONE = new ProcessingPlan(false, false, null, null, null, null, false);

    /**
     * The Lambda processor's parameters with AWS's defaults: three retries, a 1 MB buffer, 60 seconds.
     *
     * @param bufferBytes the processor's buffer size hint
     */
    public record LambdaStep(String functionArn, int retries, long bufferBytes, Duration interval) {
    }

    public static ProcessingPlan of(ProcessingConfiguration config) {
        if (config == null || !Boolean.TRUE.equals(config.enabled()) || config.processors() == null) {
            return NONE;
        }
        boolean decompress = false;
        boolean extract = false;
        String deAggregation = null;
        byte[] delimiter = null;
        LambdaStep lambda = null;
        String query = null;
        boolean append = false;
        for (Processor p : config.processors()) {
            switch (p.type()) {
                case "Decompression" -> decompress = true;
                case "CloudWatchLogProcessing" -> extract = "true".equalsIgnoreCase(parameter(p, "DataMessageExtraction"));
                case "RecordDeAggregation" -> {
                    deAggregation = parameter(p, "SubRecordType");
                    String d = parameter(p, "Delimiter");
                    delimiter = d == null ? null : Base64.getDecoder().decode(d);
                }
                case "Lambda" -> lambda = new LambdaStep(parameter(p, "LambdaArn"),
                        intOr(parameter(p, "NumberOfRetries"), 3), bytesOr(parameter(p, "BufferSizeInMBs")),
                        Duration.ofSeconds(intOr(parameter(p, "BufferIntervalInSeconds"), 60)));
                case "MetadataExtraction" -> query = parameter(p, "MetadataExtractionQuery");
                case "AppendDelimiterToRecord" -> append = true;
                default -> {
                }
            }
        }
        return new ProcessingPlan(decompress, extract, deAggregation, delimiter, lambda, query, append);
    }

    public static String parameter(Processor p, String name) {
        if (p.parameters() == null) {
            return null;
        }
        for (ProcessorParameter pp : p.parameters()) {
            if (name.equals(pp.parameterName())) {
                return pp.parameterValue();
            }
        }
        return null;
    }

    private static int intOr(String value, int fallback) {
        return value == null ? fallback : Integer.parseInt(value.trim());
    }

    private static long bytesOr(String megabytes) {
        double mb = megabytes == null ? 1 : Double.parseDouble(megabytes.trim());
        return (long) (mb * 1024 * 1024);
    }
}
