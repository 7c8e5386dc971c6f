package io.kinesisharness.junit.kcl;

import software.amazon.kinesis.checkpoint.CheckpointConfig;
import software.amazon.kinesis.coordinator.CoordinatorConfig;
import software.amazon.kinesis.leases.LeaseManagementConfig;
import software.amazon.kinesis.lifecycle.LifecycleConfig;
import software.amazon.kinesis.metrics.MetricsConfig;
import software.amazon.kinesis.processor.ProcessorConfig;
import software.amazon.kinesis.retrieval.RetrievalConfig;

/**
 * The configuration objects a {@link KclWorker}'s scheduler is built from, after {@link KclWorker}'s tuning: change
 * them in {@link KclWorker.Builder#configure} (KCL's own ConfigsBuilder hands out a new object on each call, so
 * changes made through it would be lost).
 */
public record KclConfigs(CheckpointConfig checkpoint, CoordinatorConfig coordinator,
        LeaseManagementConfig leaseManagement, LifecycleConfig lifecycle, MetricsConfig metrics,
        ProcessorConfig processor, RetrievalConfig retrieval) {
}
