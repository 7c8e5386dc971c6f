package io.kinesisharness.internal.dynamodb;

import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.dispatch.CodecWarmup;
import io.kinesisharness.internal.dispatch.Dispatcher;
import io.kinesisharness.internal.dispatch.Empty;
import io.kinesisharness.internal.dispatch.OperationTable;
import io.kinesisharness.internal.dynamodb.api.BatchGetItemInput;
import io.kinesisharness.internal.dynamodb.api.BatchWriteItemInput;
import io.kinesisharness.internal.dynamodb.api.CreateTableInput;
import io.kinesisharness.internal.dynamodb.api.DeleteItemInput;
import io.kinesisharness.internal.dynamodb.api.DeleteTableInput;
import io.kinesisharness.internal.dynamodb.api.DescribeContinuousBackupsInput;
import io.kinesisharness.internal.dynamodb.api.DescribeTableInput;
import io.kinesisharness.internal.dynamodb.api.DescribeTimeToLiveInput;
import io.kinesisharness.internal.dynamodb.api.GetItemInput;
import io.kinesisharness.internal.dynamodb.api.ListTablesInput;
import io.kinesisharness.internal.dynamodb.api.ListTagsOfResourceInput;
import io.kinesisharness.internal.dynamodb.api.PutItemInput;
import io.kinesisharness.internal.dynamodb.api.QueryInput;
import io.kinesisharness.internal.dynamodb.api.ScanInput;
import io.kinesisharness.internal.dynamodb.api.TagResourceInput;
import io.kinesisharness.internal.dynamodb.api.TransactGetItemsInput;
import io.kinesisharness.internal.dynamodb.api.TransactWriteItemsInput;
import io.kinesisharness.internal.dynamodb.api.UntagResourceInput;
import io.kinesisharness.internal.dynamodb.api.UpdateContinuousBackupsInput;
import io.kinesisharness.internal.dynamodb.api.UpdateItemInput;
import io.kinesisharness.internal.dynamodb.api.UpdateTableInput;
import io.kinesisharness.internal.dynamodb.api.UpdateTimeToLiveInput;
import io.kinesisharness.internal.dynamodb.model.DynamoDbEngine;
import io.kinesisharness.internal.dynamodb.ops.BatchOperations;
import io.kinesisharness.internal.dynamodb.ops.ItemOperations;
import io.kinesisharness.internal.dynamodb.ops.ReadOperations;
import io.kinesisharness.internal.dynamodb.ops.TableOperations;
import io.kinesisharness.internal.dynamodb.ops.TransactionOperations;
import io.kinesisharness.internal.errors.CommonErrors;
import io.kinesisharness.internal.protocol.awsjson.JsonProtocol;
import io.kinesisharness.internal.protocol.awsjson.WireFormat;
import io.kinesisharness.internal.service.ServiceContext;
import io.kinesisharness.internal.service.ServiceModule;
import java.util.List;

/**
 * A DynamoDB-compatible endpoint ({@code DynamoDB_20120810.*}, JSON 1.0, {@code x-amz-crc32} on every answer): tables
 * with their indexes, items with both condition languages, queries, scans, batches and transactions. What KCL's lease
 * management needs, and what tests of plain key-value code need.
 */
public final class DynamoDbModule implements ServiceModule {

    public static final String SERVICE = "dynamodb";
    public static final String TARGET_PREFIX = "DynamoDB_20120810";
    static final JsonProtocol PROTOCOL = JsonProtocol.json10("com.amazonaws.dynamodb.v20120810#",
            "com.amazonaws.dynamodb.v20120810");

    /** Operations of DynamoDB's API this endpoint does not serve: answered with an error naming them. */
    private static final List<String> NOT_SERVED = List.of("BatchExecuteStatement", "CreateBackup",
            "CreateGlobalTable", "DeleteBackup", "DeleteResourcePolicy", "DescribeBackup", "DescribeContributorInsights",
            "DescribeEndpoints", "DescribeExport", "DescribeGlobalTable", "DescribeGlobalTableSettings",
            "DescribeImport", "DescribeKinesisStreamingDestination", "DescribeTableReplicaAutoScaling",
            "DisableKinesisStreamingDestination", "EnableKinesisStreamingDestination", "ExecuteStatement",
            "ExecuteTransaction", "ExportTableToPointInTime", "GetResourcePolicy", "ImportTable", "ListBackups",
            "ListContributorInsights", "ListExports", "ListGlobalTables", "ListImports", "PutResourcePolicy",
            "RestoreTableFromBackup", "RestoreTableToPointInTime", "SearchVectors", "UpdateContributorInsights",
            "UpdateGlobalTable", "UpdateGlobalTableSettings", "UpdateKinesisStreamingDestination",
            "UpdateTableReplicaAutoScaling");

    private final DynamoDbEngine engine;
    private final Scope defaultScope;

    DynamoDbModule(ServiceContext context) {
        this.engine = new DynamoDbEngine(context.config(), context.scheduler());
        this.defaultScope = context.defaultScope();
    }

    @Override
    public void register(OperationTable table) {
        TableOperations tables = new TableOperations(engine);
        ItemOperations items = new ItemOperations(engine);
        ReadOperations reads = new ReadOperations(engine);
        BatchOperations batches = new BatchOperations(engine);
        TransactionOperations transactions = new TransactionOperations(engine);
        OperationTable.ServiceRegistration r = table.service(SERVICE, TARGET_PREFIX, PROTOCOL)
                .add("CreateTable", CreateTableInput.class, tables::createTable)
                .add("DescribeTable", DescribeTableInput.class, tables::describeTable)
                .add("DeleteTable", DeleteTableInput.class, tables::deleteTable)
                .add("ListTables", ListTablesInput.class, tables::listTables)
                .add("UpdateTable", UpdateTableInput.class, tables::updateTable)
                .add("DescribeTimeToLive", DescribeTimeToLiveInput.class, tables::describeTimeToLive)
                .add("UpdateTimeToLive", UpdateTimeToLiveInput.class, tables::updateTimeToLive)
                .add("DescribeContinuousBackups", DescribeContinuousBackupsInput.class,
                        tables::describeContinuousBackups)
                .add("UpdateContinuousBackups", UpdateContinuousBackupsInput.class, tables::updateContinuousBackups)
                .add("TagResource", TagResourceInput.class, tables::tagResource)
                .add("UntagResource", UntagResourceInput.class, tables::untagResource)
                .add("ListTagsOfResource", ListTagsOfResourceInput.class, tables::listTagsOfResource)
                .add("DescribeLimits", Empty.class, tables::describeLimits)
                .add("GetItem", GetItemInput.class, items::getItem)
                .add("PutItem", PutItemInput.class, items::putItem, ItemOperations::prefixed)
                .add("UpdateItem", UpdateItemInput.class, items::updateItem, ItemOperations::prefixed)
                .add("DeleteItem", DeleteItemInput.class, items::deleteItem, ItemOperations::prefixed)
                .add("Query", QueryInput.class, reads::query)
                .add("Scan", ScanInput.class, reads::scan)
                .add("BatchGetItem", BatchGetItemInput.class, batches::batchGetItem)
                .add("BatchWriteItem", BatchWriteItemInput.class, batches::batchWriteItem)
                .add("TransactWriteItems", TransactWriteItemsInput.class, transactions::transactWriteItems)
                .add("TransactGetItems", TransactGetItemsInput.class, transactions::transactGetItems);
        for (String op : NOT_SERVED) {
            r.add(op, Empty.class, (ctx, in) -> {
                throw CommonErrors.UNKNOWN_OPERATION.exception("Kinesis Harness does not serve DynamoDB's " + op
                        + " yet");
            });
        }
    }

    @Override
    public void reset() {
        engine.clear();
    }

    @Override
    public List<Dispatcher.Call> warmUpCalls() {
        String auth = CodecWarmup.authorization(defaultScope.region(), SERVICE);
        return List.of(new Dispatcher.Call(TARGET_PREFIX + ".ListTables", WireFormat.JSON_1_0.contentType(), auth,
                true, new byte[] {'{', '}'}));
    }
}
