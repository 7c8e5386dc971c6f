// Runs in a browser page served from another origin than the harness: every call is a cross-origin request,
// preflighted by the browser. Reports what it saw to the page's own server (POST /result) as one JSON object.
import {
  KinesisClient, CreateStreamCommand, PutRecordCommand, GetShardIteratorCommand, GetRecordsCommand,
  DescribeStreamSummaryCommand,
} from "@aws-sdk/client-kinesis";

const endpoint = decodeURIComponent(location.hash.slice(1));
const out = {};
try {
  const client = new KinesisClient({
    endpoint, region: "us-east-1", credentials: { accessKeyId: "000000000000", secretAccessKey: "secret" },
    maxAttempts: 1,
  });
  const stream = "browser-stream";
  await client.send(new CreateStreamCommand({ StreamName: stream, ShardCount: 1 }));
  const put = await client.send(new PutRecordCommand({
    StreamName: stream, PartitionKey: "k", Data: new TextEncoder().encode("from the browser") }));
  out.sequenceNumber = put.SequenceNumber;
  out.requestId = put.$metadata.requestId ?? null;
  const { ShardIterator } = await client.send(new GetShardIteratorCommand({
    StreamName: stream, ShardId: put.ShardId, ShardIteratorType: "TRIM_HORIZON" }));
  const page = await client.send(new GetRecordsCommand({ ShardIterator }));
  out.records = page.Records.map((r) => new TextDecoder().decode(r.Data));
  try {
    await client.send(new DescribeStreamSummaryCommand({ StreamName: "missing" }));
  } catch (e) {
    out.error = { name: e.name, message: e.message, requestId: e.$metadata?.requestId ?? null };
  }
} catch (e) {
  out.failure = `${e.name}: ${e.message}`;
}
await fetch("/result", { method: "POST", body: JSON.stringify(out) });
