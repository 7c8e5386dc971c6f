package io.kinesisharness.internal.dynamodb.model;

import io.kinesisharness.internal.clock.ControlledClock;
import io.kinesisharness.internal.clock.HarnessScheduler;
import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.config.HarnessConfig;
import io.kinesisharness.internal.dynamodb.DynamoDbErrors;
import io.kinesisharness.settings.DynamoDbSettings;
import io.kinesisharness.settings.KinesisSettings;
import java.time.Duration;
import java.time.Instant;

/** DynamoDB's state for one harness: its tables, clock and settings, and the table lookups handlers share. */
public final class DynamoDbEngine {

    private static final java.util.regex.Pattern TABLE_NAME = java.util.regex.Pattern.compile("[a-zA-Z0-9_.-]+");

    private final HarnessConfig config;
    private final ControlledClock clock;
    private final Tables tables = new Tables();
    private final TimeToLive timeToLive;

    public DynamoDbEngine(HarnessConfig config, HarnessScheduler scheduler) {
        this.config = config;
        this.clock = scheduler.clock();
        this.timeToLive = new TimeToLive(scheduler, tables, () -> config.get(DynamoDbSettings.TTL_DELETION_DELAY));
    }

    public TimeToLive timeToLive() {
        return timeToLive;
    }

    /** Harness reset: no tables, no pending TTL sweep. */
    public void clear() {
        tables.clear();
        timeToLive.clear();
    }

    public Tables tables() {
        return tables;
    }

    public Instant now() {
        return clock.now();
    }

    /** Whether provisioned throughput is enforced (the harness's {@code --throttling}). */
    public boolean throttling() {
        return config.get(KinesisSettings.THROTTLING);
    }

    public long nowMillis() {
        return clock.nowMillis();
    }

    public Duration createDelay() {
        return config.get(DynamoDbSettings.CREATE_TABLE_DELAY);
    }

    public Duration deleteDelay() {
        return config.get(DynamoDbSettings.DELETE_TABLE_DELAY);
    }

    public Duration indexDelay() {
        return config.get(DynamoDbSettings.CREATE_INDEX_DELAY);
    }

    /**
     * The table a request names (a name or a table ARN), for item operations: ACTIVE or UPDATING, else
     * {@code Requested resource not found} as AWS answers for a missing or still-CREATING table.
     */
    public Table readyTable(Scope caller, String nameOrArn) {
        Instant now = now();
        Target t = target(caller, nameOrArn);
        Table table = tables.find(t.scope(), t.name(), now);
        if (table == null) {
            throw DynamoDbErrors.resourceNotFound();
        }
        String status = table.status(now);
        if ("CREATING".equals(status) || "DELETING".equals(status)) {
            throw DynamoDbErrors.resourceNotFound();
        }
        return table;
    }

    /** The table in any status, for table operations; {@code Requested resource not found: Table: x not found}. */
    public Table table(Scope caller, String nameOrArn) {
        Target t = target(caller, nameOrArn);
        Table table = tables.find(t.scope(), t.name(), now());
        if (table == null) {
            throw DynamoDbErrors.tableNotFound(t.name());
        }
        return table;
    }

    /** Account, region and name a TableName (or table ARN) refers to. */
    public Target target(Scope caller, String nameOrArn) {
        if (nameOrArn.startsWith("arn:")) {
            String[] parts = nameOrArn.split(":", 6);
            if (parts.length == 6 && "dynamodb".equals(parts[2]) && parts[5].startsWith("table/")) {
                String rest = parts[5].substring("table/".length());
                int slash = rest.indexOf('/');
                return new Target(new Scope(parts[4], parts[3]), slash < 0 ? rest : rest.substring(0, slash));
            }
            throw DynamoDbErrors.validation("Invalid TableArn: Invalid ResourceArn provided as input " + nameOrArn);
        }
        checkName(nameOrArn);
        return new Target(caller, nameOrArn);
    }

    /** AWS's rules for a table name given as a name. */
    public static void checkName(String name) {
        if (name.length() < 3 || name.length() > 255) {
            throw DynamoDbErrors.validation("TableName must be at least 3 characters long and at most 255 characters "
                    + "long");
        }
        if (!TABLE_NAME.matcher(name).matches()) {
            throw DynamoDbErrors.validation("1 validation error detected: Value '" + name + "' at 'tableName' failed "
                    + "to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
        }
    }

    public record Target(Scope scope, String name) {
    }
}
