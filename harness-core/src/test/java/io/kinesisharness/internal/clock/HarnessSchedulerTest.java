package io.kinesisharness.internal.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.ClockMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HarnessSchedulerTest {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private final ControlledClock clock = new ControlledClock(ClockMode.MANUAL, T, Clock.systemUTC());
    private final HarnessScheduler scheduler = new HarnessScheduler(clock);
    private final List<String> ran = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        scheduler.close();
    }

    @Test
    void advance_runs_due_tasks_in_due_order_each_seeing_its_own_due_time() {
        scheduler.schedule(T.plusSeconds(3), record("third"));
        scheduler.schedule(T.plusSeconds(1), record("first"));
        scheduler.schedule(T.plusSeconds(2), record("second"));
        scheduler.schedule(T.plusSeconds(9), record("not yet"));

        Instant now = clock.advance(Duration.ofSeconds(5));

        assertThat(ran).containsExactly("first@2026-01-01T00:00:01Z", "second@2026-01-01T00:00:02Z",
                "third@2026-01-01T00:00:03Z");
        assertThat(now).isEqualTo(T.plusSeconds(5));
        assertThat(clock.now()).isEqualTo(T.plusSeconds(5));
        assertThat(scheduler.pending()).isEqualTo(1);
    }

    @Test
    void tasks_due_at_the_same_instant_run_in_the_order_they_were_scheduled() {
        for (String name : List.of("a", "b", "c", "d")) {
            scheduler.schedule(T.plusSeconds(1), record(name));
        }

        clock.advance(Duration.ofSeconds(1));

        assertThat(ran).containsExactly("a@2026-01-01T00:00:01Z", "b@2026-01-01T00:00:01Z", "c@2026-01-01T00:00:01Z",
                "d@2026-01-01T00:00:01Z");
    }

    @Test
    void a_task_scheduled_by_a_task_runs_in_the_same_advance_when_it_is_due_by_then() {
        scheduler.schedule(T.plusSeconds(1), () -> {
            ran.add("outer@" + clock.now());
            scheduler.schedule(clock.now().plusSeconds(1), record("inner"));
            scheduler.schedule(clock.now().plusSeconds(60), record("much later"));
        });

        clock.advance(Duration.ofSeconds(10));

        assertThat(ran).containsExactly("outer@2026-01-01T00:00:01Z", "inner@2026-01-01T00:00:02Z");
        assertThat(clock.now()).isEqualTo(T.plusSeconds(10));
    }

    @Test
    void set_to_runs_what_falls_due_up_to_and_including_the_new_time() {
        scheduler.schedule(T.plusSeconds(30), record("at-the-new-time"));
        scheduler.schedule(T.plusSeconds(30).plusMillis(1), record("just-after"));

        clock.setTo(T.plusSeconds(30));

        assertThat(ran).containsExactly("at-the-new-time@2026-01-01T00:00:30Z");
    }

    @Test
    void cancelled_and_cleared_tasks_never_run() {
        scheduler.schedule(T.plusSeconds(1), record("cancelled")).cancel();
        scheduler.schedule(T.plusSeconds(2), record("kept"));
        clock.advance(Duration.ofSeconds(5));
        scheduler.schedule(T.plusSeconds(6), record("cleared"));
        scheduler.clear();

        clock.advance(Duration.ofSeconds(5));

        assertThat(ran).containsExactly("kept@2026-01-01T00:00:02Z");
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void a_failing_task_does_not_stop_the_ones_after_it() {
        scheduler.schedule(T.plusSeconds(1), () -> {
            throw new IllegalStateException("boom");
        });
        scheduler.schedule(T.plusSeconds(2), record("after"));

        clock.advance(Duration.ofSeconds(2));

        assertThat(ran).containsExactly("after@2026-01-01T00:00:02Z");
    }

    @Test
    void the_clock_never_moves_backwards() {
        clock.advance(Duration.ofMinutes(1));

        assertThatThrownBy(() -> clock.setTo(T)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> clock.advance(Duration.ofMillis(-1))).isInstanceOf(IllegalStateException.class);
        assertThat(clock.now()).isEqualTo(T.plus(Duration.ofMinutes(1)));
    }

    @Test
    void a_system_clock_refuses_to_be_moved() {
        ControlledClock system = new ControlledClock(ClockMode.SYSTEM, null, Clock.systemUTC());

        assertThatThrownBy(() -> system.advance(Duration.ofSeconds(1))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> system.setTo(Instant.now().plusSeconds(60)))
                .isInstanceOf(IllegalStateException.class);
    }

    private Runnable record(String name) {
        return () -> ran.add(name + "@" + clock.now());
    }
}
