// Drives a Kinesis session with the AWS SDK for JavaScript v3 and prints what it saw as one JSON line.
// Usage: node kinesis-session.mjs http://127.0.0.1:PORT
import {
  KinesisClient, CreateStreamCommand, PutRecordsCommand, ListShardsCommand, GetShardIteratorCommand,
  GetRecordsCommand, DescribeStreamSummaryCommand, ResourceNotFoundException,
} from "@aws-sdk/client-kinesis";

const endpoint = process.argv[2];
const client = new KinesisClient({
  endpoint, region: "us-east-1", credentials: { accessKeyId: "000000000000", secretAccessKey: "secret" },
  maxAttempts: 1,
});
const stream = "js-stream";
const out = {};
await client.send(new CreateStreamCommand({ StreamName: stream, ShardCount: 2 }));
const put = await client.send(new PutRecordsCommand({
  StreamName: stream,
  Records: Array.from({ length: 10 }, (_, i) => ({ PartitionKey: `key-${i}`, Data: new TextEncoder().encode(`js ${i}`) })),
}));
out.failed = put.FailedRecordCount;
const shards = (await client.send(new ListShardsCommand({ StreamName: stream }))).Shards;
out.shards = shards.length;
out.records = [];
for (const shard of shards) {
  const { ShardIterator } = await client.send(new GetShardIteratorCommand({
    StreamName: stream, ShardId: shard.ShardId, ShardIteratorType: "TRIM_HORIZON" }));
  const page = await client.send(new GetRecordsCommand({ ShardIterator }));
  for (const r of page.Records) {
    out.records.push({ data: new TextDecoder().decode(r.Data), arrival: r.ApproximateArrivalTimestamp.toISOString() });
  }
}
const summary = (await client.send(new DescribeStreamSummaryCommand({ StreamName: stream }))).StreamDescriptionSummary;
out.created = summary.StreamCreationTimestamp.toISOString();
try {
  await client.send(new DescribeStreamSummaryCommand({ StreamName: "missing" }));
} catch (e) {
  out.error = { name: e.name, message: e.message, notFound: e instanceof ResourceNotFoundException };
}
console.log(JSON.stringify(out));
