package io.kinesisharness.internal.analytics.run;

import io.kinesisharness.internal.analytics.engine.CompiledApplication;
import io.kinesisharness.internal.analytics.engine.ErrorStream;
import io.kinesisharness.internal.analytics.engine.InAppStream;
import io.kinesisharness.internal.analytics.engine.RowError;
import io.kinesisharness.internal.analytics.io.RecordMapper;
import io.kinesisharness.internal.analytics.io.RowFormatter;
import io.kinesisharness.internal.clock.HarnessScheduler;
import io.kinesisharness.internal.kinesis.source.KinesisSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * One run of an application, from StartApplication to StopApplication: its inputs read once a second of harness
 * time (each record mapped to rows that enter its in-application stream with the clock's time as ROWTIME), its
 * windows closed when the clock reaches their ends, and what its outputs' streams receive sent on at once. All of
 * it runs on the scheduler's thread or a request's, one at a time (this object's lock), so an application's output
 * order is the same run after run.
 */
public final class ApplicationRun {

    static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    private static final int MAX_PER_POLL = 10_000;
    private static final int MAX_BATCHES_PER_POLL = 1_000;

    /** An input being read: its reader, where its rows go and how records map to them. */
    public record InputPlan(String inputId, KinesisSource.StreamReader reader, List<String> streams,
            RecordMapper mapper, Preprocessor preprocessor) {
    }

    /** An output: the in-application stream it reads, how rows are written and where they go. */
    public record OutputPlan(String name, String stream, RowFormatter formatter, OutputSink sink) {
    }

    private final CompiledApplication compiled;
    private final HarnessScheduler scheduler;
    private final List<InputPlan> inputs;
    private final List<Pending> outputs = new ArrayList<>();
    private final TreeSet<Long> wakes = new TreeSet<>();
    /** The next read; window wakes are not kept, they find the run stopped and return. */
    private HarnessScheduler.Scheduled poll;
    private boolean stopped;
    /** What each in-application stream produced, by name, when the application is captured (a test's). */
    private final java.util.Map<String, List<String>> captured = new java.util.LinkedHashMap<>();

    private static final class Pending {
        final OutputPlan plan;
        final List<byte[]> queue = new ArrayList<>();

        Pending(OutputPlan plan) {
            this.plan = plan;
        }
    }

    public ApplicationRun(CompiledApplication compiled, HarnessScheduler scheduler, List<InputPlan> inputs,
            List<OutputPlan> outputs) {
        this.compiled = compiled;
        this.scheduler = scheduler;
        this.inputs = inputs;
        for (OutputPlan o : outputs) {
            Pending p = new Pending(o);
            this.outputs.add(p);
            compiled.streams().get(o.stream()).subscribe((rowtime, row) -> p.queue.add(o.formatter().format(row)));
        }
    }

    /** Keeps what every in-application stream produces, as JSON rows, for {@link #received}. */
    public synchronized void capture() {
        for (InAppStream s : compiled.streams().values()) {
            List<String> log = new ArrayList<>();
            captured.put(s.name(), log);
            RowFormatter json = new RowFormatter("JSON", s.columns(), s.types());
            s.subscribe((rowtime, row) -> log.add(new String(json.format(row), StandardCharsets.UTF_8)));
        }
    }

    /** What a captured stream produced so far; null when there is no such stream. */
    public synchronized List<String> received(String stream) {
        List<String> log = captured.get(stream);
        return log == null ? null : List.copyOf(log);
    }

    /** Puts records into the input's first in-application stream now, as if read from the source. */
    public synchronized void push(List<byte[]> records) {
        if (stopped) {
            throw new IllegalStateException("The application is not running");
        }
        long now = scheduler.clock().now().toEpochMilli();
        InputPlan in = inputs.get(0);
        List<KinesisSource.SourceRecord> pushed = new ArrayList<>(records.size());
        for (byte[] r : records) {
            pushed.add(new KinesisSource.SourceRecord("shardId-000000000000", "pushed", "0", now, r));
        }
        enter(in, pushed, now);
        compiled.advance(now);
        flushOutputs();
    }

    /** Starts reading: the first poll a second from now. */
    public synchronized void start() {
        schedulePoll(scheduler.clock().now().plus(POLL_INTERVAL));
    }

    /** Stops reading and closing windows (open windows are dropped, as a stopped application's are). */
    public synchronized void stop() {
        stopped = true;
        if (poll != null) {
            poll.cancel();
        }
    }

    /** The readers, positioned where this run stopped (LAST_STOPPED_POINT starts the next run there). */
    public List<InputPlan> inputs() {
        return inputs;
    }

    /** Called by the compiled application when a window opens: the run wakes when the clock reaches its end. */
    public synchronized void wakeAt(long end) {
        if (stopped || !wakes.add(end)) {
            return;
        }
        scheduler.schedule(Instant.ofEpochMilli(end), this::tick);
    }

    private synchronized void tick() {
        if (stopped) {
            return;
        }
        long now = scheduler.clock().now().toEpochMilli();
        wakes.headSet(now, true).clear();
        compiled.advance(now);
        flushOutputs();
    }

    private void schedulePoll(Instant at) {
        poll = scheduler.schedule(at, () -> {
            synchronized (this) {
                if (stopped) {
                    return;
                }
                try {
                    pollNow();
                } finally {
                    // A read that failed must not end the application's reading.
                    schedulePoll(scheduler.clock().now().plus(POLL_INTERVAL));
                }
            }
        });
    }

    /** Reads what every input has now, then sends what the outputs got. */
    public synchronized void pollNow() {
        if (stopped) {
            return;
        }
        long now = scheduler.clock().now().toEpochMilli();
        for (InputPlan in : inputs) {
            List<KinesisSource.SourceRecord> records = new ArrayList<>(unprocessed);
            unprocessed.clear();
            enter(in, records, now);
            // Everything that arrived since the last read enters now (a test never waits on a read limit), in
            // batches; the bound only keeps a writer that never stops from holding the read forever.
            for (int batch = 0; batch < MAX_BATCHES_PER_POLL; batch++) {
                List<KinesisSource.SourceRecord> read = in.reader().poll(MAX_PER_POLL);
                if (read.isEmpty()) {
                    break;
                }
                enter(in, read, now);
            }
        }
        compiled.advance(now);
        flushOutputs();
    }

    /** Records a failed preprocessing invocation left, tried again at the next read. */
    private final List<KinesisSource.SourceRecord> unprocessed = new ArrayList<>();

    /** Records read (or pushed) into the input's streams at {@code now}: preprocessed first when configured. */
    private void enter(InputPlan in, List<KinesisSource.SourceRecord> records, long now) {
        if (records.isEmpty()) {
            return;
        }
        if (in.preprocessor() != null) {
            List<Preprocessor.Outcome> outcomes = in.preprocessor().process(records);
            if (outcomes == null) {
                unprocessed.addAll(records);
                return;
            }
            InAppStream errors = compiled.streams().get(CompiledApplication.ERROR_STREAM);
            for (Preprocessor.Outcome o : outcomes) {
                if (o.failure() != null) {
                    ErrorStream.report(errors, now, new RowError("Lambda_ProcessingFailed", o.failure()), now,
                            new String(o.record().data(), StandardCharsets.UTF_8), null);
                } else if (o.data() != null) {
                    insertRecord(streamFor(in, o.record()), in.mapper(), o.data(), o.record().arrivalMillis(), now);
                }
            }
            return;
        }
        for (KinesisSource.SourceRecord r : records) {
            insertRecord(streamFor(in, r), in.mapper(), r.data(), r.arrivalMillis(), now);
        }
    }

    private static String streamFor(InputPlan in, KinesisSource.SourceRecord r) {
        return in.streams().get(in.streams().size() == 1 ? 0
                : Math.floorMod(r.shardId().hashCode(), in.streams().size()));
    }

    /** Maps a record to rows and puts them into an in-application stream at {@code now}; failures to error_stream. */
    public synchronized void insertRecord(String stream, RecordMapper mapper, byte[] data, long arrival, long now) {
        InAppStream target = compiled.streams().get(stream);
        InAppStream errors = compiled.streams().get(CompiledApplication.ERROR_STREAM);
        try {
            for (Object[] values : mapper.rows(data)) {
                Object[] withArrival = java.util.Arrays.copyOf(values, values.length + 1);
                withArrival[values.length] = arrival;
                target.insert(now, withArrival);
            }
        } catch (RowError e) {
            ErrorStream.report(errors, now, e, now, new String(data, StandardCharsets.UTF_8), null);
        }
    }

    /** Sends what the outputs' streams received; what a destination refuses waits for the next tick. */
    public synchronized void flushOutputs() {
        for (Pending p : outputs) {
            if (p.queue.isEmpty()) {
                continue;
            }
            List<byte[]> batch = new ArrayList<>(p.queue);
            p.queue.clear();
            List<byte[]> again = p.plan.sink().send(batch);
            if (!again.isEmpty()) {
                p.queue.addAll(0, again);
                wakeAt(scheduler.clock().now().plus(POLL_INTERVAL).toEpochMilli());
            }
        }
    }

    public CompiledApplication compiled() {
        return compiled;
    }
}
