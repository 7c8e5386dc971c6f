package io.kinesisharness.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs scenario classes (static nested classes, which Surefire never picks up by itself) on the Jupiter engine
 * and lets them report what they saw.
 */
final class Scenarios {

    /** What scenario tests observed, by key; cleared by each test that runs scenarios. */
    static final Map<String, List<Object>> SEEN = new ConcurrentHashMap<>();

    private Scenarios() {
    }

    static void record(String key, Object value) {
        SEEN.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(value);
    }

    static List<Object> seen(String key) {
        return SEEN.getOrDefault(key, List.of());
    }

    static EngineExecutionResults run(Class<?>... classes) {
        var request = EngineTestKit.engine("junit-jupiter");
        for (Class<?> c : classes) {
            request.selectors(selectClass(c));
        }
        return request.execute();
    }

    static EngineExecutionResults runInParallel(Class<?>... classes) {
        var request = EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "same_thread")
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4");
        for (Class<?> c : classes) {
            request.selectors(selectClass(c));
        }
        return request.execute();
    }

    /**
     * True when something still listens on the port after up to two seconds. Binding, not connecting: a
     * connect to a closed ephemeral port can succeed by connecting the socket to itself. Retried because a
     * closed server's accepted sockets finish their TCP teardown a moment later, and until then the kernel
     * refuses the bind even with SO_REUSEADDR.
     */
    static boolean listening(int port) {
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (true) {
            try (java.net.ServerSocket s = new java.net.ServerSocket()) {
                s.setReuseAddress(true);
                s.bind(new java.net.InetSocketAddress("127.0.0.1", port));
                return false;
            } catch (java.io.IOException e) {
                if (System.nanoTime() > deadline) {
                    return true;
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        }
    }
}
