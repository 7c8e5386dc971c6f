// Enhanced fan-out with the AWS SDK for JavaScript v3: registers a consumer, then reads a shard through
// SubscribeToShard, an event stream over HTTP/2 (cleartext here, as the SDK's Node HTTP/2 handler speaks it to an
// http:// endpoint). Prints what it saw as one JSON line. Usage: node fan-out-session.mjs http://127.0.0.1:PORT
import {
  KinesisClient, CreateStreamCommand, PutRecordsCommand, RegisterStreamConsumerCommand, DescribeStreamSummaryCommand,
  DescribeStreamConsumerCommand, ListShardsCommand, SubscribeToShardCommand, ResourceInUseException,
} from "@aws-sdk/client-kinesis";
import { NodeHttp2Handler } from "@smithy/node-http-handler";

const endpoint = process.argv[2];
const out = {};
// A hang bound only (JsSdkClientTest waits 120 s): a subscription that delivers nothing ends the script with what
// it saw, so the failure says how far it got.
setTimeout(() => { console.log(JSON.stringify({ timedOut: true, ...out })); process.exit(3); }, 100000).unref();
const common = {
  endpoint, region: "us-east-1", credentials: { accessKeyId: "000000000000", secretAccessKey: "secret" },
  maxAttempts: 1,
};
const kinesis = new KinesisClient(common);
const http2 = new KinesisClient({ ...common, requestHandler: new NodeHttp2Handler() });
await kinesis.send(new CreateStreamCommand({ StreamName: "fan-out", ShardCount: 1 }));
const streamArn = (await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: "fan-out" })))
  .StreamDescriptionSummary.StreamARN;
const consumer = (await kinesis.send(new RegisterStreamConsumerCommand({ StreamARN: streamArn, ConsumerName: "js" })))
  .Consumer;
out.status = (await kinesis.send(new DescribeStreamConsumerCommand({ ConsumerARN: consumer.ConsumerARN })))
  .ConsumerDescription.ConsumerStatus;
await kinesis.send(new PutRecordsCommand({
  StreamName: "fan-out",
  Records: ["one", "two", "three"].map((t) => ({ PartitionKey: "p", Data: new TextEncoder().encode(t) })),
}));
const shardId = (await kinesis.send(new ListShardsCommand({ StreamName: "fan-out" }))).Shards[0].ShardId;
const subscription = await http2.send(new SubscribeToShardCommand({
  ConsumerARN: consumer.ConsumerARN, ShardId: shardId, StartingPosition: { Type: "TRIM_HORIZON" } }));
out.records = [];
for await (const event of subscription.EventStream) {
  if (event.SubscribeToShardEvent) {
    for (const r of event.SubscribeToShardEvent.Records) out.records.push(new TextDecoder().decode(r.Data));
    out.continuation = typeof event.SubscribeToShardEvent.ContinuationSequenceNumber === "string";
    if (out.records.length >= 3) break;
  }
}
// A second subscription of the same consumer to the same shard within five seconds is refused, as on AWS.
try {
  const again = await http2.send(new SubscribeToShardCommand({
    ConsumerARN: consumer.ConsumerARN, ShardId: shardId, StartingPosition: { Type: "LATEST" } }));
  for await (const event of again.EventStream) { out.again = Object.keys(event); break; }
} catch (e) {
  out.again = { name: e.name, inUse: e instanceof ResourceInUseException };
}
console.log(JSON.stringify(out));
// The first subscription stays open until the harness clock reaches its five-minute end; leaving the loop does
// not close its HTTP/2 stream, so the script ends itself.
http2.destroy();
kinesis.destroy();
process.exit(0);
