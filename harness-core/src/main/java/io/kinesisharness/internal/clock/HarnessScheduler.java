package io.kinesisharness.internal.clock;

import io.kinesisharness.ClockMode;
import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs timed effects at harness-clock times. Tasks due by real time (SYSTEM, OFFSET, or already due when
 * scheduled) run on one lazily started daemon thread; moving the clock runs every task due by the new time on
 * the caller's thread, in time order, before the move returns. Tasks never run concurrently with each other.
 */
public final class HarnessScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HarnessScheduler.class);
    private static final AtomicLong THREADS = new AtomicLong();

    private final ControlledClock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    /** Held while a task runs, so tasks from the timer thread and from a clock move never overlap. */
    private final ReentrantLock running = new ReentrantLock();
    private final PriorityQueue<Task> queue = new PriorityQueue<>();
    private final AtomicLong sequence = new AtomicLong();
    private Thread timer;
    private boolean closed;

    public HarnessScheduler(ControlledClock clock) {
        this.clock = clock;
        clock.attach(this);
    }

    public ControlledClock clock() {
        return clock;
    }

    /** Schedules {@code task} to run once the clock reaches {@code due}. */
    public Scheduled schedule(Instant due, Runnable task) {
        Task t = new Task(due, sequence.incrementAndGet(), task);
        lock.lock();
        try {
            if (closed) {
                return t;
            }
            queue.add(t);
            if (timer == null) {
                timer = new Thread(this::timerLoop, "kinesis-harness-scheduler-" + THREADS.incrementAndGet());
                timer.setDaemon(true);
                timer.start();
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        return t;
    }

    public Scheduled schedule(Duration delay, Runnable task) {
        return schedule(clock.now().plus(delay), task);
    }

    /** Drops every pending task (harness reset). */
    public void clear() {
        lock.lock();
        try {
            queue.clear();
        } finally {
            lock.unlock();
        }
    }

    public int pending() {
        lock.lock();
        try {
            return (int) queue.stream().filter(t -> !t.cancelled).count();
        } finally {
            lock.unlock();
        }
    }

    /** Called by the clock while it moves: runs due tasks in order, setting the clock to each one's due time. */
    void runDueUpTo(Instant target, Consumer<Instant> setClock) {
        running.lock();
        try {
            while (true) {
                Task next = pollDue(target);
                if (next == null) {
                    return;
                }
                setClock.accept(next.due);
                runOne(next);
            }
        } finally {
            running.unlock();
        }
    }

    /** Wakes the timer thread: the clock moved, so its wait time changed. */
    void clockMoved() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private Task pollDue(Instant limit) {
        lock.lock();
        try {
            while (true) {
                Task head = queue.peek();
                if (head == null || head.due.isAfter(limit)) {
                    return null;
                }
                queue.poll();
                if (!head.cancelled) {
                    return head;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private void timerLoop() {
        while (true) {
            Task due;
            lock.lock();
            try {
                while (true) {
                    if (closed) {
                        return;
                    }
                    Task head = queue.peek();
                    Instant now = clock.now();
                    if (head != null && !head.due.isAfter(now)) {
                        break;
                    }
                    long waitMillis = head == null || clock.mode() == ClockMode.MANUAL
                            ? Long.MAX_VALUE
                            : Math.max(1, Duration.between(now, head.due).toMillis());
                    try {
                        if (waitMillis == Long.MAX_VALUE) {
                            changed.await();
                        } else {
                            changed.await(waitMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            } finally {
                lock.unlock();
            }
            running.lock();
            try {
                due = pollDue(clock.now());
                if (due != null) {
                    runOne(due);
                }
            } finally {
                running.unlock();
            }
        }
    }

    private static void runOne(Task task) {
        try {
            task.action.run();
        } catch (RuntimeException | Error e) {
            LOG.warn("Scheduled harness task failed", e);
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            queue.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** A handle to a scheduled task. */
    public interface Scheduled {
        Instant due();

        void cancel();
    }

    private static final class Task implements Comparable<Task>, Scheduled {
        final Instant due;
        final long seq;
        final Runnable action;
        volatile boolean cancelled;

        Task(Instant due, long seq, Runnable action) {
            this.due = due;
            this.seq = seq;
            this.action = action;
        }

        @Override
        public int compareTo(Task o) {
            int c = due.compareTo(o.due);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }

        @Override
        public Instant due() {
            return due;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }
}
