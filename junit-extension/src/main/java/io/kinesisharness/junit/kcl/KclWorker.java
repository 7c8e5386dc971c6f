package io.kinesisharness.junit.kcl;

import io.kinesisharness.KinesisHarness;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.Protocol;
import software.amazon.awssdk.http.ProtocolNegotiation;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.kinesis.common.ConfigsBuilder;
import software.amazon.kinesis.common.InitialPositionInStream;
import software.amazon.kinesis.common.InitialPositionInStreamExtended;
import software.amazon.kinesis.coordinator.CoordinatorConfig;
import software.amazon.kinesis.coordinator.Scheduler;
import software.amazon.kinesis.leases.LeaseManagementConfig;
import software.amazon.kinesis.processor.ShardRecordProcessorFactory;
import software.amazon.kinesis.retrieval.RetrievalConfig;
import software.amazon.kinesis.retrieval.fanout.FanOutConfig;
import software.amazon.kinesis.retrieval.polling.PollingConfig;

/**
 * A KCL 3.x worker wired to a harness's Kinesis, DynamoDB and CloudWatch, tuned to start in about a second and to
 * react in test time: the initial leases are written as KCL itself writes them (so it skips its 1–30 s wait on an
 * empty lease table), shard sync does not sleep after its first run, leases fail over in two seconds, and worker
 * metrics (which probe EC2's metadata service) are off. Polling or enhanced fan-out. Runs on a daemon thread until
 * {@link #stop()} (graceful: checkpoints at shutdown) or {@link #kill()} (as a crashed process leaves its leases).
 *
 * <pre>{@code
 * try (KclWorker worker = KclWorker.builder(harness).stream("orders").processor(MyProcessor::new).start()) {
 *     ... put records, wait for the processor to see them ...
 * }
 * }</pre>
 *
 * Needs {@code software.amazon.kinesis:amazon-kinesis-client} (3.x) on the classpath; usable without JUnit.
 */
public final class KclWorker implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final Scheduler scheduler;
    private final Thread thread;
    private final List<AutoCloseable> clients;
    private final String workerId;
    private final String applicationName;

    private KclWorker(Scheduler scheduler, List<AutoCloseable> clients, String workerId, String applicationName) {
        this.scheduler = scheduler;
        this.clients = clients;
        this.workerId = workerId;
        this.applicationName = applicationName;
        this.thread = new Thread(scheduler, "kcl-worker-" + workerId);
        this.thread.setDaemon(true);
    }

    /** A worker for a harness in this JVM. */
    public static Builder builder(KinesisHarness harness) {
        return new Builder(harness.endpoint(), harness.region(), harness.accessKey(), harness.secretKey());
    }

    /** A worker for a harness elsewhere (a container, a standalone server): its endpoint, region and credentials. */
    public static Builder builder(URI endpoint, String region, String accessKey, String secretKey) {
        return new Builder(endpoint, region, accessKey, secretKey);
    }

    /** KCL's scheduler, for what this class does not wrap. */
    public Scheduler scheduler() {
        return scheduler;
    }

    public String workerId() {
        return workerId;
    }

    /** The application name, which is also the lease table's name. */
    public String applicationName() {
        return applicationName;
    }

    /** Shuts down gracefully (processors get {@code shutdownRequested} and may checkpoint), then releases clients. */
    public void stop() {
        try {
            if (thread.isAlive() && !scheduler.hasGracefulShutdownStarted()) {
                scheduler.startGracefulShutdown().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            scheduler.shutdown();
        } finally {
            joinAndClose();
        }
    }

    /**
     * Stops at once, as a crashed worker would: no shutdown callbacks, no checkpoint, its leases left to expire and
     * be taken by other workers.
     */
    public void kill() {
        scheduler.shutdown();
        joinAndClose();
    }

    private void joinAndClose() {
        try {
            thread.join(STOP_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (AutoCloseable c : clients) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing is best effort
            }
        }
    }

    @Override
    public void close() {
        if (thread.isAlive()) {
            stop();
        }
    }

    /** What the worker reads and how it is tuned. */
    public static final class Builder {
        private final URI endpoint;
        private final String region;
        private final StaticCredentialsProvider credentials;
        private String stream;
        private String applicationName;
        private String workerId = "worker-" + UUID.randomUUID();
        private ShardRecordProcessorFactory processors;
        private boolean fanOut;
        private boolean compatibleWith2x;
        private boolean writeInitialLeases = true;
        private InitialPositionInStream initialPosition = InitialPositionInStream.TRIM_HORIZON;
        private Consumer<KclConfigs> more = c -> { };

        private Builder(URI endpoint, String region, String accessKey, String secretKey) {
            this.endpoint = endpoint;
            this.region = region;
            this.credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey));
        }

        public Builder stream(String streamName) {
            this.stream = Objects.requireNonNull(streamName);
            return this;
        }

        /** KCL's application name and lease table name (default {@code <stream>-app}). */
        public Builder applicationName(String name) {
            this.applicationName = Objects.requireNonNull(name);
            return this;
        }

        public Builder workerId(String id) {
            this.workerId = Objects.requireNonNull(id);
            return this;
        }

        public Builder processor(ShardRecordProcessorFactory factory) {
            this.processors = Objects.requireNonNull(factory);
            return this;
        }

        /** Enhanced fan-out (SubscribeToShard over HTTP/2) instead of polling GetRecords. */
        public Builder fanOut() {
            this.fanOut = true;
            return this;
        }

        public Builder polling() {
            this.fanOut = false;
            return this;
        }

        /** Where a worker starts on shards without a checkpoint (default TRIM_HORIZON). */
        public Builder initialPosition(InitialPositionInStream position) {
            if (position == InitialPositionInStream.AT_TIMESTAMP) {
                // KCL's InitialPositionInStreamExtended.newInitialPosition refuses it; it needs a timestamp.
                throw new IllegalArgumentException("AT_TIMESTAMP needs a timestamp, which KclWorker does not take "
                        + "yet: use TRIM_HORIZON or LATEST, or configure(...) KCL's retrieval yourself");
            }
            this.initialPosition = Objects.requireNonNull(position);
            return this;
        }

        /** KCL's {@code CLIENT_VERSION_CONFIG_COMPATIBLE_WITH_2X}, for applications migrating from KCL 2.x. */
        public Builder compatibleWith2x() {
            this.compatibleWith2x = true;
            return this;
        }

        /** Leave lease creation to KCL (its own 1–30 s wait on an empty lease table included). */
        public Builder kclCreatesLeases() {
            this.writeInitialLeases = false;
            return this;
        }

        /**
         * Any further KCL setting, applied to the configuration objects the scheduler is built from, after this
         * class's own ({@code c -> c.leaseManagement().maxLeasesForWorker(1)}).
         */
        public Builder configure(Consumer<KclConfigs> configure) {
            this.more = this.more.andThen(configure);
            return this;
        }

        /** Builds the worker and starts it on a daemon thread. */
        public KclWorker start() {
            Objects.requireNonNull(stream, "stream");
            Objects.requireNonNull(processors, "processor");
            String app = applicationName != null ? applicationName : stream + "-app";
            Region r = Region.of(region);
            KinesisAsyncClient kinesis = KinesisAsyncClient.builder().endpointOverride(endpoint).region(r)
                    .credentialsProvider(credentials)
                    // HTTP/2 as KCL's own client speaks it; prior knowledge, since the harness's http:// port has no TLS.
                    .httpClientBuilder(NettyNioAsyncHttpClient.builder().protocol(Protocol.HTTP2)
                            .protocolNegotiation(endpoint.getScheme().equals("https") ? ProtocolNegotiation.ALPN
                                    : ProtocolNegotiation.ASSUME_PROTOCOL)
                            .maxConcurrency(Integer.MAX_VALUE))
                    .build();
            DynamoDbAsyncClient dynamo = DynamoDbAsyncClient.builder().endpointOverride(endpoint).region(r)
                    .credentialsProvider(credentials).build();
            CloudWatchAsyncClient cloudwatch = CloudWatchAsyncClient.builder().endpointOverride(endpoint).region(r)
                    .credentialsProvider(credentials).build();
            ConfigsBuilder builder = new ConfigsBuilder(stream, app, kinesis, dynamo, cloudwatch, workerId,
                    processors);
            // ConfigsBuilder makes a new object on every call: each is taken once, tuned, and handed to the scheduler.
            KclConfigs configs = new KclConfigs(builder.checkpointConfig(), builder.coordinatorConfig(),
                    builder.leaseManagementConfig(), builder.lifecycleConfig(), builder.metricsConfig(),
                    builder.processorConfig(), builder.retrievalConfig());
            InitialPositionInStreamExtended start = InitialPositionInStreamExtended.newInitialPosition(initialPosition);
            LeaseManagementConfig leases = configs.leaseManagement()
                    .failoverTimeMillis(2000)
                    .leaseAssignmentIntervalMillis(500L)
                    .shardSyncIntervalMillis(0)
                    .dynamoDbLockBasedLeaderLeaseDurationInMillis(6000)
                    .dynamoDbLockBasedLeaderHeartbeatPeriodInMillis(2000)
                    .initialPositionInStream(start);
            leases.workerUtilizationAwareAssignmentConfig().disableWorkerMetrics(true)
                    .inMemoryWorkerMetricsCaptureFrequencyMillis(100).workerMetricsReporterFreqInMillis(2000);
            CoordinatorConfig coordinator = configs.coordinator().parentShardPollIntervalMillis(100)
                    .shardConsumerDispatchPollIntervalMillis(50).schedulerInitializationBackoffTimeMillis(200);
            if (compatibleWith2x) {
                coordinator.clientVersionConfig(CoordinatorConfig.ClientVersionConfig
                        .CLIENT_VERSION_CONFIG_COMPATIBLE_WITH_2X);
            }
            RetrievalConfig retrieval = configs.retrieval().initialPositionInStreamExtended(start);
            if (fanOut) {
                retrieval.retrievalSpecificConfig(new FanOutConfig(kinesis).streamName(stream).applicationName(app));
            } else {
                retrieval.retrievalSpecificConfig(new PollingConfig(stream, kinesis).idleTimeBetweenReadsInMillis(200));
            }
            more.accept(configs);
            if (writeInitialLeases) {
                InitialLeases.write(kinesis, dynamo, stream, app, initialPosition);
            }
            Scheduler scheduler = new Scheduler(configs.checkpoint(), configs.coordinator(), configs.leaseManagement(),
                    configs.lifecycle(), configs.metrics(), configs.processor(), configs.retrieval());
            List<AutoCloseable> clients = new ArrayList<>(List.of(kinesis, dynamo, cloudwatch));
            KclWorker worker = new KclWorker(scheduler, clients, workerId, app);
            worker.thread.start();
            return worker;
        }
    }
}
