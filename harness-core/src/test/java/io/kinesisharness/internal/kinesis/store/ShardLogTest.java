package io.kinesisharness.internal.kinesis.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.internal.kinesis.model.SequenceNumbers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packed record log across its segment boundaries: record-count limits, buffer growth, records larger than a
 * shared buffer, encryption changes, expiry of whole segments, and keys that are not ASCII.
 */
class ShardLogTest {

    private static final SequenceNumbers.Prefix PREFIX = new SequenceNumbers.Prefix(1_767_225_600_000L, 3, 1L);
    private static final long NO_CUTOFF = Long.MIN_VALUE;

    private final ShardLog log = new ShardLog();

    @Test
    void records_across_many_segments_read_back_in_order_byte_for_byte() {
        int n = LogSegment.CAPACITY * 3 + 17;
        for (int i = 0; i < n; i++) {
            append(1_000 + i / 10, payload(i, 100 + i % 50), "key-" + i);
        }

        List<StoredRecord> all = readAll(1, 10_000, Long.MAX_VALUE);

        assertThat(all).hasSize(n);
        for (int i = 0; i < n; i++) {
            StoredRecord r = all.get(i);
            assertThat(r.ordinal()).isEqualTo(i + 1);
            assertThat(r.arrivalMillis()).isEqualTo(1_000 + i / 10);
            assertThat(r.data()).isEqualTo(payload(i, 100 + i % 50));
            assertThat(r.partitionKey()).isEqualTo("key-" + i);
            assertThat(r.size()).isEqualTo(100 + i % 50 + ("key-" + i).length());
        }
    }

    @Test
    void a_page_stops_at_its_limit_or_its_byte_budget_and_continues_where_it_stopped() {
        for (int i = 0; i < 2_500; i++) {
            append(1_000, payload(i, 1_000), "k");
        }

        ShardLog.Page first = log.read(1, 1_500, Long.MAX_VALUE, NO_CUTOFF);
        ShardLog.Page second = log.read(first.nextOrdinal(), 10_000, 100 * 1_001, NO_CUTOFF);
        ShardLog.Page rest = log.read(second.nextOrdinal(), 10_000, Long.MAX_VALUE, NO_CUTOFF);

        assertThat(first.records()).hasSize(1_500);
        assertThat(first.nextOrdinal()).isEqualTo(1_501);
        assertThat(first.nextArrivalMillis()).isEqualTo(1_000);
        assertThat(second.records()).hasSize(100);
        assertThat(second.records().get(0).data()).isEqualTo(payload(1_500, 1_000));
        assertThat(rest.records()).hasSize(900);
        assertThat(rest.nextOrdinal()).isEqualTo(2_501);
        assertThat(rest.nextArrivalMillis()).isEqualTo(-1);
    }

    @Test
    void a_record_larger_than_any_budget_is_still_returned_alone() {
        append(1_000, payload(1, 10), "a");
        append(1_000, payload(2, 1024 * 1024), "b");
        append(1_000, payload(3, 10), "c");

        ShardLog.Page page = log.read(2, 10, 1_000, NO_CUTOFF);

        assertThat(page.records()).hasSize(1);
        assertThat(page.records().get(0).data()).isEqualTo(payload(2, 1024 * 1024));
        assertThat(log.read(3, 10, 1_000, NO_CUTOFF).records().get(0).partitionKey()).isEqualTo("c");
    }

    @Test
    void a_page_keeps_its_bytes_while_the_log_outgrows_drops_or_expires_them_and_frees_them_after() {
        append(1_000, payload(7, 100), "early");
        ShardLog.Page early = log.read(1, 1, Long.MAX_VALUE, NO_CUTOFF);
        SegmentMemory held = early.records().get(0).memory();
        for (int i = 0; i < 200; i++) {
            append(1_000, payload(i, 1_000), "k" + i);
        }
        log.dropAll();

        assertThat(held.isFreed()).isFalse();
        assertThat(early.records().get(0).data()).isEqualTo(payload(7, 100));
        assertThat(early.records().get(0).partitionKey()).isEqualTo("early");
        early.release();
        assertThat(held.isFreed()).isTrue();
        assertThat(log.read(1, 10, Long.MAX_VALUE, NO_CUTOFF).records()).isEmpty();
    }

    @Test
    void outgrown_and_expired_memory_nobody_reads_is_freed_at_once() {
        append(1_000, payload(1, 100), "a");
        SegmentMemory first = firstMemory();
        for (int i = 0; i < 100; i++) {
            append(1_000, payload(i, 1_000), "b");
        }
        assertThat(first.isFreed()).as("outgrown").isTrue();

        SegmentMemory current = firstMemory();
        log.read(1, 1, Long.MAX_VALUE, 2_000).release();
        assertThat(current.isFreed()).as("expired").isTrue();
    }

    @Test
    void views_from_appends_carry_no_bytes() {
        StoredRecord appended = append(1_000, payload(1, 10), "a");

        assertThat(appended.sequenceNumber()).hasSize(56);
        assertThat(appended.size()).isEqualTo(11);
        assertThatThrownBy(appended::data).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> log.last().partitionKey()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_encryption_change_takes_effect_from_the_next_record() {
        append(1_000, payload(1, 10), "a");
        log.append(1_000, payload(2, 10), "b", "KMS", PREFIX, NO_CUTOFF);
        append(1_000, payload(3, 10), "c");

        List<StoredRecord> all = readAll(1, 10, Long.MAX_VALUE);

        assertThat(all).extracting(StoredRecord::encryptionType).containsExactly(null, "KMS", null);
    }

    @Test
    void expired_records_are_invisible_and_whole_expired_segments_are_dropped() {
        int old = LogSegment.CAPACITY + 10;
        for (int i = 0; i < old; i++) {
            append(1_000, payload(i, 10), "old");
        }
        long cutoff = 2_000;
        // Filling the second segment and starting a third trims the first, whose records all expired.
        for (int i = 0; i < LogSegment.CAPACITY; i++) {
            log.append(5_000, payload(i, 10), "new", null, PREFIX, cutoff);
        }

        assertThat(log.trimHorizonOrdinal(cutoff)).isEqualTo(old + 1);
        ShardLog.Page page = log.read(1, 5, Long.MAX_VALUE, cutoff);
        assertThat(page.records()).first().satisfies(r -> {
            assertThat(r.ordinal()).isEqualTo(old + 1);
            assertThat(r.partitionKey()).isEqualTo("new");
        });
        assertThat(log.nextOrdinal()).isEqualTo(old + LogSegment.CAPACITY + 1);
        // A later, longer retention cannot bring back what memory no longer holds: the horizon stays at the
        // oldest record kept (the unexpired tail of the second segment's old records is still there).
        assertThat(log.trimHorizonOrdinal(NO_CUTOFF)).isEqualTo(LogSegment.CAPACITY + 1);
    }

    @Test
    void timestamps_find_the_first_record_at_or_after_them_across_segments() {
        for (int i = 0; i < LogSegment.CAPACITY * 2; i++) {
            append(10_000 + i, payload(i, 5), "k");
        }

        assertThat(log.ordinalAtTimestamp(0, NO_CUTOFF)).isEqualTo(1);
        assertThat(log.ordinalAtTimestamp(10_000 + LogSegment.CAPACITY + 5, NO_CUTOFF))
                .isEqualTo(LogSegment.CAPACITY + 6);
        assertThat(log.ordinalAtTimestamp(99_999, NO_CUTOFF)).isEqualTo(LogSegment.CAPACITY * 2 + 1);
        assertThat(log.ordinalAtTimestamp(0, 10_000 + 100)).isEqualTo(101);
    }

    @Test
    void arrival_never_goes_back_even_if_the_clock_does_and_a_closed_log_takes_nothing() {
        append(2_000, payload(1, 1), "a");
        StoredRecord second = append(1_000, payload(2, 1), "b");
        log.close();

        assertThat(second.arrivalMillis()).isEqualTo(2_000);
        assertThat(log.append(3_000, payload(3, 1), "c", null, PREFIX, NO_CUTOFF)).isNull();
        assertThat(log.nextOrdinal()).isEqualTo(3);
    }

    private SegmentMemory firstMemory() {
        ShardLog.Page page = log.read(1, 1, Long.MAX_VALUE, NO_CUTOFF);
        page.release();
        return page.records().get(0).memory();
    }

    private StoredRecord append(long now, byte[] data, String key) {
        return log.append(now, data, key, null, PREFIX, NO_CUTOFF);
    }

    private List<StoredRecord> readAll(long from, int limit, long maxBytes) {
        List<StoredRecord> out = new ArrayList<>();
        long next = from;
        while (true) {
            ShardLog.Page page = log.read(next, limit, maxBytes, NO_CUTOFF);
            if (page.records().isEmpty()) {
                return out;
            }
            out.addAll(page.records());
            next = page.nextOrdinal();
        }
    }

    private static byte[] payload(int seed, int length) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (seed * 31 + i * 7);
        }
        return b;
    }
}
