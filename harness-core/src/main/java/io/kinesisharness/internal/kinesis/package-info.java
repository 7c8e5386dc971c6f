/**
 * Kinesis Data Streams. A map for a newcomer:
 *
 * <ul>
 *   <li>{@code KinesisModule} registers every operation ({@code Kinesis_20131202.*}) with its handler in
 *       {@code ops}; {@code KinesisErrors} words the errors it repeats.</li>
 *   <li>{@code api}: one record per AWS request and response shape, wire names spelled out.</li>
 *   <li>{@code ops}: the handlers, grouped by topic ({@code WriteOperations} holds PutRecord and PutRecords,
 *       {@code ReadOperations} GetShardIterator and GetRecords, …). They check a request against the state
 *       and change it; they never catch an error.</li>
 *   <li>{@code model}: the state. {@code KinesisEngine} holds every account's and region's streams
 *       ({@code KinesisRegion}); a {@code KinesisStream} holds its shards ({@code StreamShard}), consumers and
 *       attributes; sequence numbers, shard iterators and starting positions are computed here.</li>
 *   <li>{@code store}: where records live. A shard's {@code ShardLog} packs records into {@code LogSegment}s whose
 *       bytes are native memory ({@code SegmentMemory}), freed when dropped and no reader holds them.</li>
 *   <li>{@code limits}: AWS's throughput and call-rate limits on the harness clock, when throttling is on.</li>
 *   <li>{@code fanout}: SubscribeToShard. A {@code ShardSubscription} pushes records to one consumer as events,
 *       which the protocol layer frames.</li>
 * </ul>
 *
 * <p>PutRecords: {@code KinesisModule} → {@code ops.WriteOperations.putRecords} → {@code model.KinesisStream}
 * (routing by hash key to a {@code StreamShard}) → {@code store.ShardLog.appendAll}. GetRecords:
 * {@code ops.ReadOperations.getRecords} → {@code model.ShardIterators.decode} → {@code store.ShardLog.read}.
 *
 * <p>Time: retention is applied lazily. {@code model.KinesisStream.retentionCutoffMillis(now)} gives the oldest
 * arrival still readable; {@code store.ShardLog.read}, {@code append} and {@code trimHorizonOrdinal} take that
 * cutoff and drop what lies before it. An iterator's expiry is checked when it is used
 * ({@code ops.ReadOperations.ITERATOR_LIFETIME_MILLIS}); status changes (CREATING, DELETING, UPDATING) are
 * computed from the time each began. Nothing here reads the wall clock: {@code KinesisEngine.now()} is the
 * harness clock.
 */
package io.kinesisharness.internal.kinesis;
