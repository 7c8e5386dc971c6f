package io.kinesisharness.internal.analytics.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One application's configuration and state. Its inputs, outputs, reference sources and logging options are kept as
 * their descriptions (the JSON AWS answers DescribeApplication with, in v1's member names, which v2 shares), with
 * the ids AWS gives them ({@code 1.1}, {@code 2.1}…). Guarded by its {@link Applications} store's lock.
 */
public final class Application {

    private final String name;
    private final String arn;
    private final String runtime;
    private final Instant created;
    private String description;
    private String serviceExecutionRole;
    private String code;
    private Status status = Status.READY;
    private long version = 1;
    private Instant lastUpdated;
    /** When the status in {@link #status} gives way to {@link #nextStatus} (lifecycle delays on the clock). */
    private Instant statusUntil;
    private Status nextStatus;
    private final List<ObjectNode> inputs = new ArrayList<>();
    private final List<ObjectNode> outputs = new ArrayList<>();
    private final List<ObjectNode> references = new ArrayList<>();
    private final List<ObjectNode> logging = new ArrayList<>();
    private final Map<String, String> tags = new LinkedHashMap<>();
    /** The versions it had, for v2's DescribeApplicationVersion and RollbackApplication: version → snapshot. */
    private final Map<Long, ObjectNode> history = new LinkedHashMap<>();
    private final Map<String, ObjectNode> snapshots = new LinkedHashMap<>();
    private final List<ObjectNode> operations = new ArrayList<>();
    private ObjectNode flinkConfiguration;
    private ObjectNode vpcConfiguration;
    private String applicationMode;
    private int nextId = 1;
    /** Started by a test's one call: its runs keep what every in-application stream produced, for the test. */
    private boolean captured;

    public enum Status { READY, STARTING, RUNNING, UPDATING, STOPPING, DELETING, FORCE_STOPPING, ROLLING_BACK,
        ROLLED_BACK, MAINTENANCE, AUTOSCALING }

    public Application(String name, String arn, String runtime, Instant created) {
        this.name = name;
        this.arn = arn;
        this.runtime = runtime;
        this.created = created;
        this.lastUpdated = created;
    }

    public String name() {
        return name;
    }

    public String arn() {
        return arn;
    }

    public String runtime() {
        return runtime;
    }

    public boolean isSql() {
        return runtime.equals("SQL-1_0");
    }

    public Instant created() {
        return created;
    }

    public String description() {
        return description;
    }

    public void description(String d) {
        this.description = d;
    }

    public String serviceExecutionRole() {
        return serviceExecutionRole;
    }

    public void serviceExecutionRole(String r) {
        this.serviceExecutionRole = r;
    }

    public String code() {
        return code;
    }

    public void code(String c) {
        this.code = c;
    }

    /** The status now: a timed one (STARTING…) gives way to the next when its time has come. */
    public Status status(Instant now) {
        if (statusUntil != null && !now.isBefore(statusUntil)) {
            status = nextStatus;
            statusUntil = null;
            nextStatus = null;
        }
        return status;
    }

    /** Sets a status at once. */
    public void status(Status s) {
        status = s;
        statusUntil = null;
        nextStatus = null;
    }

    /** Sets a status that lasts until {@code until}, then gives way to {@code next}. */
    public void status(Status s, Instant until, Status next) {
        status = s;
        statusUntil = until;
        nextStatus = next;
    }

    public long version() {
        return version;
    }

    /** Records the configuration it had, then bumps the version: every change that AWS counts does. */
    public void bump(Instant now, ObjectNode before) {
        history.put(version, before);
        version++;
        lastUpdated = now;
    }

    public void version(long v) {
        this.version = v;
    }

    public Instant lastUpdated() {
        return lastUpdated;
    }

    public List<ObjectNode> inputs() {
        return inputs;
    }

    public List<ObjectNode> outputs() {
        return outputs;
    }

    public List<ObjectNode> references() {
        return references;
    }

    public List<ObjectNode> logging() {
        return logging;
    }

    public Map<String, String> tags() {
        return tags;
    }

    public Map<Long, ObjectNode> history() {
        return history;
    }

    public Map<String, ObjectNode> snapshots() {
        return snapshots;
    }

    public List<ObjectNode> operations() {
        return operations;
    }

    public ObjectNode flinkConfiguration() {
        return flinkConfiguration;
    }

    public void flinkConfiguration(ObjectNode c) {
        this.flinkConfiguration = c;
    }

    public ObjectNode vpcConfiguration() {
        return vpcConfiguration;
    }

    public void vpcConfiguration(ObjectNode c) {
        this.vpcConfiguration = c;
    }

    public String applicationMode() {
        return applicationMode;
    }

    public void applicationMode(String m) {
        this.applicationMode = m;
    }

    public boolean captured() {
        return captured;
    }

    public void captured(boolean c) {
        this.captured = c;
    }

    /** What a configuration change may alter, kept to put back when the change cannot run. */
    public record Configuration(String description, String role, String code, List<ObjectNode> inputs,
            List<ObjectNode> outputs, List<ObjectNode> references, List<ObjectNode> logging, int nextId) {
    }

    public Configuration configuration() {
        return new Configuration(description, serviceExecutionRole, code, copy(inputs), copy(outputs),
                copy(references), copy(logging), nextId);
    }

    public void restore(Configuration c) {
        description = c.description();
        serviceExecutionRole = c.role();
        code = c.code();
        replace(inputs, c.inputs());
        replace(outputs, c.outputs());
        replace(references, c.references());
        replace(logging, c.logging());
        nextId = c.nextId();
    }

    private static List<ObjectNode> copy(List<ObjectNode> parts) {
        List<ObjectNode> out = new ArrayList<>(parts.size());
        parts.forEach(p -> out.add(p.deepCopy()));
        return out;
    }

    private static void replace(List<ObjectNode> parts, List<ObjectNode> with) {
        parts.clear();
        parts.addAll(copy(with));
    }

    /** The next id of an input, output, reference source or logging option: {@code 1.1}, {@code 2.1}, …. */
    public String nextId() {
        return (nextId++) + ".1";
    }
}
