package io.kinesisharness.internal.dynamodb.model;

import io.kinesisharness.internal.dynamodb.api.AttributeDefinition;
import io.kinesisharness.internal.dynamodb.api.SSEDescription;
import io.kinesisharness.internal.dynamodb.api.StreamSpecification;
import java.time.Instant;
import java.util.List;

/**
 * A table's settings as CreateTable and UpdateTable leave them (immutable; an update replaces the whole).
 *
 * @param billingMode PROVISIONED or PAY_PER_REQUEST
 * @param ttlAttribute the TimeToLive attribute, or null when TTL is disabled
 * @param onDemand the on-demand maximum throughput (OnDemandThroughput), or null when none was set
 * @param warm the warm throughput the table was given, or null
 */
public record TableSettings(List<AttributeDefinition> attributeDefinitions, String billingMode, long readCapacity,
        long writeCapacity, boolean billingModeGiven, Instant payPerRequestSince, boolean deletionProtection,
        String tableClass, StreamSpecification streams, SSEDescription sse, String ttlAttribute,
        boolean pointInTimeRecovery, Throughputs.OnDemand onDemand, Throughputs.Warm warm) {

    public boolean payPerRequest() {
        return "PAY_PER_REQUEST".equals(billingMode);
    }

    public TableSettings withTtl(String attribute) {
        return new TableSettings(attributeDefinitions, billingMode, readCapacity, writeCapacity, billingModeGiven,
                payPerRequestSince, deletionProtection, tableClass, streams, sse, attribute, pointInTimeRecovery,
                onDemand, warm);
    }

    public TableSettings withPointInTimeRecovery(boolean enabled) {
        return new TableSettings(attributeDefinitions, billingMode, readCapacity, writeCapacity, billingModeGiven,
                payPerRequestSince, deletionProtection, tableClass, streams, sse, ttlAttribute, enabled, onDemand,
                warm);
    }
}
