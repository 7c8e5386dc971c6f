package io.kinesisharness.internal.firehose.delivery;

import io.kinesisharness.internal.firehose.api.DestinationDescription;
import io.kinesisharness.internal.firehose.api.ExtendedS3DestinationDescription;
import io.kinesisharness.internal.firehose.api.ProcessingConfiguration;
import io.kinesisharness.internal.firehose.processing.ProcessingPlan;

/** The processing plan of a stream's current destination, whichever type it is. */
public final class Plans {

    private Plans() {
    }

    static ProcessingPlan of(DestinationDescription d) {
        return ProcessingPlan.of(config(d));
    }

    /** Whether the destination decompresses CloudWatch Logs records (and so takes nothing else put directly). */
    public static boolean decompresses(DestinationDescription d) {
        return of(d).decompress();
    }

    /** Whether the destination partitions dynamically (ExtendedS3 only, fixed at create). */
    static boolean partitioned(DestinationDescription d) {
        ExtendedS3DestinationDescription s3 = d.extendedS3DestinationDescription();
        return s3 != null && s3.dynamicPartitioningConfiguration() != null
                && Boolean.TRUE.equals(s3.dynamicPartitioningConfiguration().enabled());
    }

    private static ProcessingConfiguration config(DestinationDescription d) {
        if (d.extendedS3DestinationDescription() != null) {
            return d.extendedS3DestinationDescription().processingConfiguration();
        }
        if (d.httpEndpointDestinationDescription() != null) {
            return d.httpEndpointDestinationDescription().processingConfiguration();
        }
        return switch (CaptureSink.kindOf(d)) {
            case "Amazonopensearchservice" -> d.amazonopensearchserviceDestinationDescription()
                    .processingConfiguration();
            case "Elasticsearch" -> d.elasticsearchDestinationDescription().processingConfiguration();
            case "AmazonOpenSearchServerless" -> d.amazonOpenSearchServerlessDestinationDescription()
                    .processingConfiguration();
            case "Splunk" -> d.splunkDestinationDescription().processingConfiguration();
            case "Redshift" -> d.redshiftDestinationDescription().processingConfiguration();
            case "Snowflake" -> d.snowflakeDestinationDescription().processingConfiguration();
            case "Iceberg" -> d.icebergDestinationDescription().processingConfiguration();
            default -> null;
        };
    }
}
