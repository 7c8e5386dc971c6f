package io.kinesisharness.internal.kinesis;

import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.errors.AwsException;
import io.kinesisharness.internal.errors.ErrorCode;

/**
 * Kinesis Data Streams' error codes, and the messages it repeats, worded once as AWS words them. Messages used at
 * one place only stay at that place.
 */
public enum KinesisErrors implements ErrorCode {
    INVALID_ARGUMENT("InvalidArgumentException"),
    RESOURCE_NOT_FOUND("ResourceNotFoundException"),
    RESOURCE_IN_USE("ResourceInUseException"),
    LIMIT_EXCEEDED("LimitExceededException"),
    EXPIRED_ITERATOR("ExpiredIteratorException"),
    EXPIRED_NEXT_TOKEN("ExpiredNextTokenException"),
    PROVISIONED_THROUGHPUT_EXCEEDED("ProvisionedThroughputExceededException"),
    /** The answer to a data-plane call with DryRun set that would have succeeded. */
    DRY_RUN("DryRunOperationException"),
    // KMS errors AWS passes through from encrypted streams (for fault injection; the harness has no KMS)
    KMS_DISABLED("KMSDisabledException"),
    KMS_INVALID_STATE("KMSInvalidStateException"),
    KMS_ACCESS_DENIED("KMSAccessDeniedException"),
    KMS_NOT_FOUND("KMSNotFoundException"),
    KMS_OPT_IN_REQUIRED("KMSOptInRequired"),
    KMS_THROTTLING("KMSThrottlingException");

    private final String code;

    KinesisErrors(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Kinesis answers every error of its own with 400. */
    @Override
    public int status() {
        return 400;
    }

    /** {@code Stream orders under account 000000000000 not found.} */
    public static AwsException streamNotFound(String stream, Scope scope) {
        return RESOURCE_NOT_FOUND.exception("Stream " + stream + " under account " + scope.accountId()
                + " not found.");
    }

    /** {@code Stream orders under account 000000000000 not ACTIVE, instead in state UPDATING} */
    public static AwsException streamNotActive(String stream, Scope scope, Object status) {
        return RESOURCE_IN_USE.exception("Stream " + stream + " under account " + scope.accountId()
                + " not ACTIVE, instead in state " + status);
    }

    /** {@code Stream orders under account 000000000000 already exists.} */
    public static AwsException streamExists(String stream, Scope scope) {
        return RESOURCE_IN_USE.exception("Stream " + stream + " under account " + scope.accountId()
                + " already exists.");
    }

    /** As reads and subscriptions word a missing shard: {@code Shard shardId-… in stream … does not exist}. */
    public static AwsException shardDoesNotExist(String shardId, String stream, Scope scope) {
        return RESOURCE_NOT_FOUND.exception("Shard " + shardId + " in stream " + stream + " under account "
                + scope.accountId() + " does not exist");
    }

    /** As GetShardIterator and resharding word a missing shard: {@code Could not find shard … in stream ….} */
    public static AwsException couldNotFindShard(String shardId, String stream, Scope scope) {
        return RESOURCE_NOT_FOUND.exception("Could not find shard " + shardId + " in stream " + stream
                + " under account " + scope.accountId() + ".");
    }
}
