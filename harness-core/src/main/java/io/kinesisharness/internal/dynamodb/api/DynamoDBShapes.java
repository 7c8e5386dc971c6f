// Generated from the AWS API model by tools/generate-api-shapes.py: regenerate, do not edit.
package io.kinesisharness.internal.dynamodb.api;

import java.util.List;
import java.util.regex.Pattern;

/** Patterns and enum value sets of AWS's DynamoDB model, as its Coral layer prints them. */
public final class DynamoDBShapes {

    public static final Pattern INDEX_NAME_PATTERN = Pattern.compile("[a-zA-Z0-9_.-]+");
    public static final Pattern TABLE_ID_PATTERN = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    public static final Pattern TABLE_NAME_PATTERN = Pattern.compile("[a-zA-Z0-9_.-]+");
    public static final List<String> ATTRIBUTE_ACTION = List.of("ADD", "PUT", "DELETE");
    public static final List<String> BILLING_MODE = List.of("PROVISIONED", "PAY_PER_REQUEST");
    public static final List<String> COMPARISON_OPERATOR = List.of("EQ", "NE", "IN", "LE", "LT", "GE", "GT", "BETWEEN", "NOT_NULL", "NULL", "CONTAINS", "NOT_CONTAINS", "BEGINS_WITH");
    public static final List<String> CONDITIONAL_OPERATOR = List.of("AND", "OR");
    public static final List<String> CONTINUOUS_BACKUPS_STATUS = List.of("ENABLED", "DISABLED");
    public static final List<String> GLOBAL_TABLE_SETTINGS_REPLICATION_MODE = List.of("ENABLED", "DISABLED", "ENABLED_WITH_OVERRIDES");
    public static final List<String> INDEX_STATUS = List.of("CREATING", "UPDATING", "DELETING", "ACTIVE");
    public static final List<String> KEY_TYPE = List.of("HASH", "RANGE");
    public static final List<String> MULTI_REGION_CONSISTENCY = List.of("EVENTUAL", "STRONG");
    public static final List<String> POINT_IN_TIME_RECOVERY_STATUS = List.of("ENABLED", "DISABLED");
    public static final List<String> PROJECTION_TYPE = List.of("ALL", "KEYS_ONLY", "INCLUDE");
    public static final List<String> REPLICA_STATUS = List.of("CREATING", "CREATION_FAILED", "UPDATING", "DELETING", "ACTIVE", "REGION_DISABLED", "INACCESSIBLE_ENCRYPTION_CREDENTIALS", "ARCHIVING", "ARCHIVED", "REPLICATION_NOT_AUTHORIZED");
    public static final List<String> RETURN_CONSUMED_CAPACITY = List.of("INDEXES", "TOTAL", "NONE");
    public static final List<String> RETURN_ITEM_COLLECTION_METRICS = List.of("SIZE", "NONE");
    public static final List<String> RETURN_VALUE = List.of("NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW");
    public static final List<String> RETURN_VALUES_ON_CONDITION_CHECK_FAILURE = List.of("ALL_OLD", "NONE");
    public static final List<String> SCALAR_ATTRIBUTE_TYPE = List.of("S", "N", "B");
    public static final List<String> SEARCH_SCHEMA_ELEMENT_TYPE = List.of("HASH", "INLINE_FILTER");
    public static final List<String> SELECT = List.of("ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES", "SPECIFIC_ATTRIBUTES", "COUNT");
    public static final List<String> SSESTATUS = List.of("ENABLING", "ENABLED", "DISABLING", "DISABLED", "UPDATING");
    public static final List<String> SSETYPE = List.of("AES256", "KMS");
    public static final List<String> STREAM_VIEW_TYPE = List.of("NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY");
    public static final List<String> TABLE_CLASS = List.of("STANDARD", "STANDARD_INFREQUENT_ACCESS");
    public static final List<String> TABLE_STATUS = List.of("CREATING", "UPDATING", "DELETING", "ACTIVE", "INACCESSIBLE_ENCRYPTION_CREDENTIALS", "ARCHIVING", "ARCHIVED", "REPLICATION_NOT_AUTHORIZED");
    public static final List<String> TIME_TO_LIVE_STATUS = List.of("ENABLING", "DISABLING", "ENABLED", "DISABLED");
    public static final List<String> VECTOR_DISTANCE_FUNCTION = List.of("COSINE", "DOT_PRODUCT", "EUCLIDEAN");
    public static final List<String> WITNESS_STATUS = List.of("CREATING", "DELETING", "ACTIVE");

    private DynamoDBShapes() {
    }
}
