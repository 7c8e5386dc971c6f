// Drives S3, Firehose and DynamoDB with the AWS SDK for JavaScript v3 (each with its own protocol: REST-XML with
// flexible checksums, JSON 1.1, JSON 1.0) and prints what it saw as one JSON line. The harness's clock must be
// MANUAL: the script advances it through the admin API to cross Firehose's buffer interval.
// Usage: node services-session.mjs http://127.0.0.1:PORT
import {
  S3Client, CreateBucketCommand, PutObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command,
  CopyObjectCommand, DeleteObjectsCommand, CreateMultipartUploadCommand, UploadPartCommand,
  CompleteMultipartUploadCommand, NotFound,
} from "@aws-sdk/client-s3";
import {
  FirehoseClient, CreateDeliveryStreamCommand, DescribeDeliveryStreamCommand, PutRecordCommand,
  PutRecordBatchCommand, ResourceNotFoundException as FirehoseNotFound,
} from "@aws-sdk/client-firehose";
import {
  DynamoDBClient, CreateTableCommand, PutItemCommand, UpdateItemCommand, QueryCommand, TransactWriteItemsCommand,
  BatchWriteItemCommand, ScanCommand, ConditionalCheckFailedException, TransactionCanceledException,
} from "@aws-sdk/client-dynamodb";

const endpoint = process.argv[2];
const common = {
  endpoint, region: "us-east-1", credentials: { accessKeyId: "000000000000", secretAccessKey: "secret" },
  maxAttempts: 1,
};
const s3 = new S3Client({ ...common, forcePathStyle: true });
const firehose = new FirehoseClient(common);
const dynamodb = new DynamoDBClient(common);
const text = (bytes) => new TextDecoder().decode(bytes);
const out = { s3: {}, firehose: {}, dynamodb: {} };

// S3: the SDK's default CRC32 checksums, a range, a copy, a multi-object delete, a two-part upload.
await s3.send(new CreateBucketCommand({ Bucket: "js-bucket" }));
const big = new Uint8Array(1 << 20).map((_, i) => (i * 31) & 0xff);
const put = await s3.send(new PutObjectCommand({ Bucket: "js-bucket", Key: "data/big.bin", Body: big }));
out.s3.putChecksum = put.ChecksumCRC32 ?? null;
const got = await s3.send(new GetObjectCommand({
  Bucket: "js-bucket", Key: "data/big.bin", ChecksumMode: "ENABLED" }));
const gotBytes = await got.Body.transformToByteArray();
out.s3.roundTrip = gotBytes.length === big.length && gotBytes.every((b, i) => b === big[i]);
out.s3.getChecksum = got.ChecksumCRC32 ?? null;
const range = await s3.send(new GetObjectCommand({ Bucket: "js-bucket", Key: "data/big.bin", Range: "bytes=10-13" }));
out.s3.range = Array.from(await range.Body.transformToByteArray());
out.s3.contentRange = range.ContentRange;
await s3.send(new CopyObjectCommand({ Bucket: "js-bucket", Key: "data/copy.bin", CopySource: "js-bucket/data/big.bin" }));
await s3.send(new PutObjectCommand({ Bucket: "js-bucket", Key: "data/small.txt", Body: "small" }));
const upload = await s3.send(new CreateMultipartUploadCommand({ Bucket: "js-bucket", Key: "parts.bin" }));
const partOne = new Uint8Array(5 * 1024 * 1024).fill(1);
const parts = [];
for (const [number, body] of [[1, partOne], [2, new TextEncoder().encode("tail")]]) {
  const part = await s3.send(new UploadPartCommand({
    Bucket: "js-bucket", Key: "parts.bin", UploadId: upload.UploadId, PartNumber: number, Body: body }));
  parts.push({ PartNumber: number, ETag: part.ETag, ChecksumCRC32: part.ChecksumCRC32 });
}
const done = await s3.send(new CompleteMultipartUploadCommand({
  Bucket: "js-bucket", Key: "parts.bin", UploadId: upload.UploadId, MultipartUpload: { Parts: parts } }));
out.s3.multipartETag = done.ETag;
out.s3.multipartLength = (await s3.send(new HeadObjectCommand({ Bucket: "js-bucket", Key: "parts.bin" })))
  .ContentLength;
const deleted = await s3.send(new DeleteObjectsCommand({
  Bucket: "js-bucket", Delete: { Objects: [{ Key: "data/small.txt" }, { Key: "data/never.txt" }] } }));
out.s3.deleted = deleted.Deleted.map((d) => d.Key).sort();
out.s3.listed = (await s3.send(new ListObjectsV2Command({ Bucket: "js-bucket", Prefix: "data/" })))
  .Contents.map((c) => `${c.Key}:${c.Size}`);
try {
  await s3.send(new HeadObjectCommand({ Bucket: "js-bucket", Key: "data/small.txt" }));
} catch (e) {
  out.s3.missing = { name: e.name, notFound: e instanceof NotFound, status: e.$metadata.httpStatusCode };
}

// Firehose: a delivery stream into the bucket, records buffered until the clock crosses the interval.
await firehose.send(new CreateDeliveryStreamCommand({
  DeliveryStreamName: "js-delivery",
  ExtendedS3DestinationConfiguration: {
    BucketARN: "arn:aws:s3:::js-bucket", RoleARN: "arn:aws:iam::000000000000:role/firehose", Prefix: "fh/",
    BufferingHints: { IntervalInSeconds: 60, SizeInMBs: 5 },
  },
}));
out.firehose.status = (await firehose.send(new DescribeDeliveryStreamCommand({ DeliveryStreamName: "js-delivery" })))
  .DeliveryStreamDescription.DeliveryStreamStatus;
await firehose.send(new PutRecordCommand({
  DeliveryStreamName: "js-delivery", Record: { Data: new TextEncoder().encode("one\n") } }));
const batch = await firehose.send(new PutRecordBatchCommand({
  DeliveryStreamName: "js-delivery",
  Records: ["two\n", "three\n"].map((t) => ({ Data: new TextEncoder().encode(t) })) }));
out.firehose.failed = batch.FailedPutCount;
out.firehose.beforeInterval = (await s3.send(new ListObjectsV2Command({ Bucket: "js-bucket", Prefix: "fh/" })))
  .KeyCount;
const advanced = await fetch(`${endpoint}/_harness/clock/advance`, {
  method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ duration: "PT61S" }) });
if (!advanced.ok) throw new Error(`clock advance answered ${advanced.status}`);
const delivered = (await s3.send(new ListObjectsV2Command({ Bucket: "js-bucket", Prefix: "fh/" }))).Contents ?? [];
out.firehose.objects = delivered.length;
out.firehose.body = null;
if (delivered.length === 1) {
  const object = await s3.send(new GetObjectCommand({ Bucket: "js-bucket", Key: delivered[0].Key }));
  out.firehose.body = text(await object.Body.transformToByteArray());
}
try {
  await firehose.send(new PutRecordCommand({ DeliveryStreamName: "missing", Record: { Data: new Uint8Array(1) } }));
} catch (e) {
  out.firehose.missing = { name: e.name, notFound: e instanceof FirehoseNotFound, message: e.message };
}

// DynamoDB: conditional writes, an update expression, a query, a cancelled transaction, a batch and paged scan.
await dynamodb.send(new CreateTableCommand({
  TableName: "js-table", BillingMode: "PAY_PER_REQUEST",
  AttributeDefinitions: [{ AttributeName: "id", AttributeType: "S" }, { AttributeName: "n", AttributeType: "N" }],
  KeySchema: [{ AttributeName: "id", KeyType: "HASH" }, { AttributeName: "n", KeyType: "RANGE" }],
}));
const item = (id, n) => ({ id: { S: id }, n: { N: String(n) } });
await dynamodb.send(new PutItemCommand({ TableName: "js-table", Item: item("a", 1),
  ConditionExpression: "attribute_not_exists(id)" }));
try {
  await dynamodb.send(new PutItemCommand({ TableName: "js-table", Item: item("a", 1),
    ConditionExpression: "attribute_not_exists(id)", ReturnValuesOnConditionCheckFailure: "ALL_OLD" }));
} catch (e) {
  out.dynamodb.conditional = { name: e.name, typed: e instanceof ConditionalCheckFailedException,
    old: e.Item ? e.Item.id.S : null };
}
const updated = await dynamodb.send(new UpdateItemCommand({ TableName: "js-table", Key: item("a", 1),
  UpdateExpression: "ADD #c :one SET tags = list_append(if_not_exists(tags, :empty), :tag)",
  ExpressionAttributeNames: { "#c": "count" },
  ExpressionAttributeValues: { ":one": { N: "1" }, ":empty": { L: [] }, ":tag": { L: [{ S: "js" }] } },
  ReturnValues: "ALL_NEW" }));
out.dynamodb.updated = { count: updated.Attributes.count.N, tags: updated.Attributes.tags.L.map((t) => t.S) };
await dynamodb.send(new BatchWriteItemCommand({ RequestItems: {
  "js-table": [2, 3, 4].map((n) => ({ PutRequest: { Item: item("a", n) } })) } }));
const query = await dynamodb.send(new QueryCommand({ TableName: "js-table",
  KeyConditionExpression: "id = :id AND n > :low", ExpressionAttributeValues: { ":id": { S: "a" }, ":low": { N: "1" } },
  ScanIndexForward: false }));
out.dynamodb.query = query.Items.map((i) => Number(i.n.N));
try {
  await dynamodb.send(new TransactWriteItemsCommand({ TransactItems: [
    { Put: { TableName: "js-table", Item: item("b", 1) } },
    { ConditionCheck: { TableName: "js-table", Key: item("a", 2), ConditionExpression: "attribute_not_exists(id)" } },
  ] }));
} catch (e) {
  out.dynamodb.transaction = { name: e.name, typed: e instanceof TransactionCanceledException,
    reasons: e.CancellationReasons.map((r) => r.Code) };
}
const pages = [];
let start;
do {
  const page = await dynamodb.send(new ScanCommand({ TableName: "js-table", Limit: 2, ExclusiveStartKey: start }));
  pages.push(page.Count);
  start = page.LastEvaluatedKey;
} while (start && pages.length < 10);
out.dynamodb.scanPages = pages;
console.log(JSON.stringify(out));
