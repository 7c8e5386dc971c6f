package io.kinesisharness.internal.firehose.config;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The destination types of Firehose, with the member names their create, describe and update shapes go by and
 * the defaults AWS fills in when a create leaves a member out (echoed by DescribeDeliveryStream).
 */
public enum DestinationKind {
    EXTENDED_S3("ExtendedS3", "Amazon S3", """
            {"BufferingHints":{"SizeInMBs":5,"IntervalInSeconds":300},"CompressionFormat":"UNCOMPRESSED",
             "EncryptionConfiguration":{"NoEncryptionConfig":"NoEncryption"},"CloudWatchLoggingOptions":{"Enabled":false},
             "S3BackupMode":"Disabled"}"""),
    REDSHIFT("Redshift", "Amazon Redshift", """
            {"RetryOptions":{"DurationInSeconds":3600},"S3BackupMode":"Disabled",
             "CloudWatchLoggingOptions":{"Enabled":false}}"""),
    ELASTICSEARCH("Elasticsearch", "Elasticsearch", """
            {"IndexRotationPeriod":"OneDay","BufferingHints":{"IntervalInSeconds":300,"SizeInMBs":5},
             "RetryOptions":{"DurationInSeconds":300},"S3BackupMode":"FailedDocumentsOnly",
             "CloudWatchLoggingOptions":{"Enabled":false}}"""),
    OPENSEARCH("Amazonopensearchservice", "Amazon OpenSearch Service", """
            {"IndexRotationPeriod":"OneDay","BufferingHints":{"IntervalInSeconds":300,"SizeInMBs":5},
             "RetryOptions":{"DurationInSeconds":300},"S3BackupMode":"FailedDocumentsOnly",
             "CloudWatchLoggingOptions":{"Enabled":false}}"""),
    SPLUNK("Splunk", "Splunk", """
            {"HECAcknowledgmentTimeoutInSeconds":180,"RetryOptions":{"DurationInSeconds":3600},
             "S3BackupMode":"FailedEventsOnly","CloudWatchLoggingOptions":{"Enabled":false},
             "BufferingHints":{"IntervalInSeconds":60,"SizeInMBs":5}}"""),
    HTTP_ENDPOINT("HttpEndpoint", "HTTP endpoint", """
            {"BufferingHints":{"SizeInMBs":5,"IntervalInSeconds":300},"CloudWatchLoggingOptions":{"Enabled":false},
             "RequestConfiguration":{"ContentEncoding":"NONE"},"RetryOptions":{"DurationInSeconds":300},
             "S3BackupMode":"FailedDataOnly"}"""),
    SNOWFLAKE("Snowflake", "Snowflake", """
            {"DataLoadingOption":"JSON_MAPPING","RetryOptions":{"DurationInSeconds":60},"S3BackupMode":"FailedDataOnly",
             "CloudWatchLoggingOptions":{"Enabled":false},"BufferingHints":{"SizeInMBs":128,"IntervalInSeconds":0}}"""),
    OPENSEARCH_SERVERLESS("AmazonOpenSearchServerless", "Amazon OpenSearch Serverless", """
            {"BufferingHints":{"IntervalInSeconds":300,"SizeInMBs":5},"RetryOptions":{"DurationInSeconds":300},
             "S3BackupMode":"FailedDocumentsOnly","CloudWatchLoggingOptions":{"Enabled":false}}"""),
    ICEBERG("Iceberg", "Apache Iceberg Tables", """
            {"BufferingHints":{"SizeInMBs":5,"IntervalInSeconds":300},"CloudWatchLoggingOptions":{"Enabled":false},
             "S3BackupMode":"FailedDataOnly","RetryOptions":{"DurationInSeconds":300},"AppendOnly":false}""");

    /** The nested S3 configuration's defaults (every destination has one, for backup or staging). */
    static final String S3_DEFAULTS = """
            {"BufferingHints":{"SizeInMBs":5,"IntervalInSeconds":300},"CompressionFormat":"UNCOMPRESSED",
             "EncryptionConfiguration":{"NoEncryptionConfig":"NoEncryption"},"CloudWatchLoggingOptions":{"Enabled":false}}""";

    private final String member;
    private final String title;
    private final String defaults;

    DestinationKind(String member, String title, String defaults) {
        this.member = member;
        this.title = title;
        this.defaults = defaults;
    }

    /** {@code ExtendedS3DestinationConfiguration} and so on. */
    public String configurationMember() {
        return member + "DestinationConfiguration";
    }

    public String descriptionMember() {
        return member + "DestinationDescription";
    }

    public String updateMember() {
        return member + "DestinationUpdate";
    }

    /** The name AWS's console and messages give it. */
    public String title() {
        return title;
    }

    ObjectNode defaults() {
        return ShapeTrees.parse(defaults);
    }

    /** Whether this is one of the search destinations, which UpdateDestination cannot switch to or from. */
    public boolean isSearch() {
        return this == ELASTICSEARCH || this == OPENSEARCH || this == OPENSEARCH_SERVERLESS;
    }
}
