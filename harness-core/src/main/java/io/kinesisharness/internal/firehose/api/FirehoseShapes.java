// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.firehose.api;

import java.util.List;
import java.util.regex.Pattern;

/** Patterns and enum value sets of AWS's Firehose model, as its Coral layer prints them. */
public final class FirehoseShapes {

    public static final Pattern AMAZONOPENSEARCHSERVICE_CLUSTER_ENDPOINT_PATTERN = Pattern.compile("https:.*");
    public static final Pattern AMAZONOPENSEARCHSERVICE_DOMAIN_ARN_PATTERN = Pattern.compile("arn:.*:es:[a-zA-Z0-9\\-]+:\\d{12}:domain/[a-z][-0-9a-z]{2,27}");
    public static final Pattern AMAZONOPENSEARCHSERVICE_INDEX_NAME_PATTERN = Pattern.compile(".*");
    public static final Pattern AMAZONOPENSEARCHSERVICE_TYPE_NAME_PATTERN = Pattern.compile(".*");
    public static final Pattern AMAZON_OPEN_SEARCH_SERVERLESS_COLLECTION_ENDPOINT_PATTERN = Pattern.compile("https:.*");
    public static final Pattern AMAZON_OPEN_SEARCH_SERVERLESS_INDEX_NAME_PATTERN = Pattern.compile(".*");
    public static final Pattern AWSKMSKEY_ARNFOR_SSE_PATTERN = Pattern.compile("arn:.*:kms:[a-zA-Z0-9\\-]+:\\d{12}:key/[a-zA-Z_0-9+=,.@\\-_/]+");
    public static final Pattern AWSKMSKEY_ARN_PATTERN = Pattern.compile("arn:.*:kms:[a-zA-Z0-9\\-]+:\\d{12}:(key|alias)/[a-zA-Z_0-9+=,.@\\-_/]+");
    public static final Pattern BUCKET_ARN_PATTERN = Pattern.compile("arn:.*:s3:::[\\w\\.\\-]{1,255}");
    public static final Pattern CLUSTER_JDBCURL_PATTERN = Pattern.compile("jdbc:(redshift|postgresql)://((?!-)[A-Za-z0-9-]{1,63}(?<!-)\\.)+(redshift(-serverless)?)\\.([a-zA-Z0-9\\.\\-]+):\\d{1,5}/[a-zA-Z0-9_$-]+");
    public static final Pattern COPY_OPTIONS_PATTERN = Pattern.compile(".*");
    public static final Pattern CUSTOM_TIME_ZONE_PATTERN = Pattern.compile("^$|[a-zA-Z/_]+");
    public static final Pattern DATABASE_ENDPOINT_PATTERN = Pattern.compile("^(?!\\s*$).+");
    public static final Pattern DATABASE_TABLE_NAME_PATTERN = Pattern.compile("[\\u0001-\\uFFFF]*");
    public static final Pattern DATA_TABLE_COLUMNS_PATTERN = Pattern.compile(".*");
    public static final Pattern DATA_TABLE_NAME_PATTERN = Pattern.compile(".*");
    public static final Pattern DELIVERY_STREAM_ARN_PATTERN = Pattern.compile("arn:.*:firehose:[a-zA-Z0-9\\-]+:\\d{12}:deliverystream/[a-zA-Z0-9._-]+");
    public static final Pattern DELIVERY_STREAM_NAME_PATTERN = Pattern.compile("[a-zA-Z0-9_.-]+");
    public static final Pattern DELIVERY_STREAM_VERSION_ID_PATTERN = Pattern.compile("[0-9]+");
    public static final Pattern DESTINATION_ID_PATTERN = Pattern.compile("[a-zA-Z0-9-]+");
    public static final Pattern ELASTICSEARCH_CLUSTER_ENDPOINT_PATTERN = Pattern.compile("https:.*");
    public static final Pattern ELASTICSEARCH_DOMAIN_ARN_PATTERN = Pattern.compile("arn:.*:es:[a-zA-Z0-9\\-]+:\\d{12}:domain/[a-z][-0-9a-z]{2,27}");
    public static final Pattern ELASTICSEARCH_INDEX_NAME_PATTERN = Pattern.compile(".*");
    public static final Pattern ELASTICSEARCH_TYPE_NAME_PATTERN = Pattern.compile(".*");
    public static final Pattern ERROR_OUTPUT_PREFIX_PATTERN = Pattern.compile(".*");
    public static final Pattern FILE_EXTENSION_PATTERN = Pattern.compile("^(|\\.[0-9a-z!\\-_.*'()]+)$");
    public static final Pattern GLUE_DATA_CATALOG_ARN_PATTERN = Pattern.compile("arn:.*:glue:.*:\\d{12}:catalog(?:(/[a-z0-9_-]+){1,2})?");
    public static final Pattern HECENDPOINT_PATTERN = Pattern.compile(".*");
    public static final Pattern HECTOKEN_PATTERN = Pattern.compile(".*");
    public static final Pattern HTTP_ENDPOINT_ACCESS_KEY_PATTERN = Pattern.compile(".*");
    public static final Pattern HTTP_ENDPOINT_ATTRIBUTE_NAME_PATTERN = Pattern.compile("^(?!\\s*$).+");
    public static final Pattern HTTP_ENDPOINT_ATTRIBUTE_VALUE_PATTERN = Pattern.compile(".*");
    public static final Pattern HTTP_ENDPOINT_NAME_PATTERN = Pattern.compile("^(?!\\s*$).+");
    public static final Pattern HTTP_ENDPOINT_URL_PATTERN = Pattern.compile("https?://.*");
    public static final Pattern KINESIS_STREAM_ARN_PATTERN = Pattern.compile("arn:.*:kinesis:[a-zA-Z0-9\\-]+:\\d{12}:stream/[a-zA-Z0-9_.-]+");
    public static final Pattern LOG_GROUP_NAME_PATTERN = Pattern.compile("[\\.\\-_/#A-Za-z0-9]*");
    public static final Pattern LOG_STREAM_NAME_PATTERN = Pattern.compile("[^:*]*");
    public static final Pattern MSKCLUSTER_ARN_PATTERN = Pattern.compile("arn:.*");
    public static final Pattern NON_EMPTY_STRING_PATTERN = Pattern.compile("^(?!\\s*$).+");
    public static final Pattern NON_EMPTY_STRING_WITHOUT_WHITESPACE_PATTERN = Pattern.compile("^\\S+$");
    public static final Pattern PASSWORD_PATTERN = Pattern.compile(".*");
    public static final Pattern PREFIX_PATTERN = Pattern.compile(".*");
    public static final Pattern PROCESSOR_PARAMETER_VALUE_PATTERN = Pattern.compile("^(?!\\s*$).+");
    public static final Pattern ROLE_ARN_PATTERN = Pattern.compile("arn:.*:iam::\\d{12}:role/[a-zA-Z_0-9+=,.@\\-_/]+");
    public static final Pattern SECRET_ARN_PATTERN = Pattern.compile("arn:.*:secretsmanager:[a-zA-Z0-9\\-]+:\\d{12}:secret:[a-zA-Z0-9\\-/_+=.@!]+");
    public static final Pattern SNOWFLAKE_ACCOUNT_URL_PATTERN = Pattern.compile(".+?\\.snowflakecomputing\\.com");
    public static final Pattern SNOWFLAKE_PRIVATE_KEY_PATTERN = Pattern.compile("^(?:[A-Za-z0-9+\\/]{4})*(?:[A-Za-z0-9+\\/]{2}==|[A-Za-z0-9+\\/]{3}=)?$");
    public static final Pattern SNOWFLAKE_PRIVATE_LINK_VPCE_ID_PATTERN = Pattern.compile("([a-zA-Z0-9\\-\\_]+\\.){2,3}vpce\\.[a-zA-Z0-9\\-]*\\.vpce-svc\\-[a-zA-Z0-9\\-]{17}$");
    public static final Pattern STRING_WITH_LETTERS_DIGITS_UNDERSCORES_DOTS_PATTERN = Pattern.compile("[a-zA-Z0-9\\.\\_]+");
    public static final Pattern TAG_KEY_PATTERN = Pattern.compile("^(?!aws:)[\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@%]*$");
    public static final Pattern TAG_VALUE_PATTERN = Pattern.compile("^[\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@%]*$");
    public static final Pattern TOPIC_NAME_PATTERN = Pattern.compile("[a-zA-Z0-9\\\\._\\\\-]+");
    public static final Pattern USERNAME_PATTERN = Pattern.compile(".*");
    public static final Pattern VPC_ENDPOINT_SERVICE_NAME_PATTERN = Pattern.compile("([a-zA-Z0-9\\-\\_]+\\.){2,3}vpce\\.[a-zA-Z0-9\\-]*\\.vpce-svc\\-[a-zA-Z0-9\\-]{17}$");
    public static final Pattern WAREHOUSE_LOCATION_PATTERN = Pattern.compile("s3:\\/\\/.*");
    public static final List<String> AMAZONOPENSEARCHSERVICE_INDEX_ROTATION_PERIOD = List.of("NoRotation", "OneHour", "OneDay", "OneWeek", "OneMonth");
    public static final List<String> AMAZONOPENSEARCHSERVICE_S3_BACKUP_MODE = List.of("FailedDocumentsOnly", "AllDocuments");
    public static final List<String> AMAZON_OPEN_SEARCH_SERVERLESS_S3_BACKUP_MODE = List.of("FailedDocumentsOnly", "AllDocuments");
    public static final List<String> COMPRESSION_FORMAT = List.of("ZIP", "HADOOP_SNAPPY", "Snappy", "GZIP", "UNCOMPRESSED");
    public static final List<String> CONNECTIVITY = List.of("PUBLIC", "PRIVATE");
    public static final List<String> CONTENT_ENCODING = List.of("NONE", "GZIP");
    public static final List<String> DATABASE_TYPE = List.of("MySQL", "PostgreSQL");
    public static final List<String> DEFAULT_DOCUMENT_ID_FORMAT = List.of("FIREHOSE_DEFAULT", "NO_DOCUMENT_ID");
    public static final List<String> DELIVERY_STREAM_ENCRYPTION_STATUS = List.of("ENABLED", "ENABLING", "ENABLING_FAILED", "DISABLED", "DISABLING", "DISABLING_FAILED");
    public static final List<String> DELIVERY_STREAM_FAILURE_TYPE = List.of("VPC_ENDPOINT_SERVICE_NAME_NOT_FOUND", "VPC_INTERFACE_ENDPOINT_SERVICE_ACCESS_DENIED", "RETIRE_KMS_GRANT_FAILED", "CREATE_KMS_GRANT_FAILED", "KMS_ACCESS_DENIED", "DISABLED_KMS_KEY", "INVALID_KMS_KEY", "KMS_KEY_NOT_FOUND", "KMS_OPT_IN_REQUIRED", "CREATE_ENI_FAILED", "DELETE_ENI_FAILED", "SUBNET_NOT_FOUND", "SECURITY_GROUP_NOT_FOUND", "ENI_ACCESS_DENIED", "SUBNET_ACCESS_DENIED", "SECURITY_GROUP_ACCESS_DENIED", "UNKNOWN_ERROR");
    public static final List<String> DELIVERY_STREAM_STATUS = List.of("CREATING", "CREATING_FAILED", "DELETING", "DELETING_FAILED", "ACTIVE");
    public static final List<String> DELIVERY_STREAM_TYPE = List.of("DirectPut", "KinesisStreamAsSource", "MSKAsSource", "DatabaseAsSource");
    public static final List<String> ELASTICSEARCH_INDEX_ROTATION_PERIOD = List.of("NoRotation", "OneHour", "OneDay", "OneWeek", "OneMonth");
    public static final List<String> ELASTICSEARCH_S3_BACKUP_MODE = List.of("FailedDocumentsOnly", "AllDocuments");
    public static final List<String> HECENDPOINT_TYPE = List.of("Raw", "Event");
    public static final List<String> HTTP_ENDPOINT_S3_BACKUP_MODE = List.of("FailedDataOnly", "AllData");
    public static final List<String> ICEBERG_S3_BACKUP_MODE = List.of("FailedDataOnly", "AllData");
    public static final List<String> KEY_TYPE = List.of("AWS_OWNED_CMK", "CUSTOMER_MANAGED_CMK");
    public static final List<String> NO_ENCRYPTION_CONFIG = List.of("NoEncryption");
    public static final List<String> ORC_COMPRESSION = List.of("NONE", "ZLIB", "SNAPPY");
    public static final List<String> ORC_FORMAT_VERSION = List.of("V0_11", "V0_12");
    public static final List<String> PARQUET_COMPRESSION = List.of("UNCOMPRESSED", "GZIP", "SNAPPY");
    public static final List<String> PARQUET_WRITER_VERSION = List.of("V1", "V2");
    public static final List<String> PROCESSOR_PARAMETER_NAME = List.of("LambdaArn", "NumberOfRetries", "MetadataExtractionQuery", "JsonParsingEngine", "RoleArn", "BufferSizeInMBs", "BufferIntervalInSeconds", "SubRecordType", "Delimiter", "CompressionFormat", "DataMessageExtraction");
    public static final List<String> PROCESSOR_TYPE = List.of("RecordDeAggregation", "Decompression", "CloudWatchLogProcessing", "Lambda", "MetadataExtraction", "AppendDelimiterToRecord");
    public static final List<String> REDSHIFT_S3_BACKUP_MODE = List.of("Disabled", "Enabled");
    public static final List<String> S3_BACKUP_MODE = List.of("Disabled", "Enabled");
    public static final List<String> SNAPSHOT_REQUESTED_BY = List.of("USER", "FIREHOSE");
    public static final List<String> SNAPSHOT_STATUS = List.of("IN_PROGRESS", "COMPLETE", "SUSPENDED");
    public static final List<String> SNOWFLAKE_DATA_LOADING_OPTION = List.of("JSON_MAPPING", "VARIANT_CONTENT_MAPPING", "VARIANT_CONTENT_AND_METADATA_MAPPING");
    public static final List<String> SNOWFLAKE_S3_BACKUP_MODE = List.of("FailedDataOnly", "AllData");
    public static final List<String> SPLUNK_S3_BACKUP_MODE = List.of("FailedEventsOnly", "AllEvents");
    public static final List<String> SSLMODE = List.of("Disabled", "Enabled");

    private FirehoseShapes() {
    }
}
