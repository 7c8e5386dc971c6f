package io.kinesisharness.internal.firehose.config;

import io.kinesisharness.internal.common.Scope;
import io.kinesisharness.internal.firehose.FirehoseErrors;
import io.kinesisharness.internal.firehose.api.CreateDeliveryStreamInput;
import io.kinesisharness.internal.firehose.api.DatabaseSourceConfiguration;
import io.kinesisharness.internal.firehose.api.DatabaseSourceDescription;
import io.kinesisharness.internal.firehose.api.DeliveryStreamEncryptionConfigurationInput;
import io.kinesisharness.internal.firehose.api.DirectPutSourceDescription;
import io.kinesisharness.internal.firehose.api.KinesisStreamSourceDescription;
import io.kinesisharness.internal.firehose.api.MSKSourceConfiguration;
import io.kinesisharness.internal.firehose.api.MSKSourceDescription;
import io.kinesisharness.internal.firehose.api.SourceDescription;
import java.time.Instant;

/**
 * A delivery stream's source at create: AWS's rules tying the stream type to its source configuration, and the
 * source as Describe shows it (none for a plain DirectPut stream, as AWS shows none).
 */
public final class Sources {

    private Sources() {
    }

    /** The stream type, DirectPut when the request names none. */
    public static String type(CreateDeliveryStreamInput in) {
        return in.deliveryStreamType() == null ? "DirectPut" : in.deliveryStreamType();
    }

    /** @param activeAt when the stream turns ACTIVE: where a Kinesis or MSK source starts reading */
    public static SourceDescription describe(CreateDeliveryStreamInput in, Instant activeAt) {
        String type = type(in);
        boolean kinesis = in.kinesisStreamSourceConfiguration() != null;
        boolean msk = in.mSKSourceConfiguration() != null;
        boolean database = in.databaseSourceConfiguration() != null;
        switch (type) {
            case "KinesisStreamAsSource" -> {
                if (!kinesis) {
                    throw FirehoseErrors.INVALID_ARGUMENT.exception(
                            "KinesisSourceStreamConfig is mandatory for KinesisStreamAsSource stream type.");
                }
                onlyOne(msk || database, type);
                return new SourceDescription(null, new KinesisStreamSourceDescription(
                        in.kinesisStreamSourceConfiguration().kinesisStreamARN(),
                        in.kinesisStreamSourceConfiguration().roleARN(), activeAt), null, null);
            }
            case "MSKAsSource" -> {
                if (!msk) {
                    throw FirehoseErrors.INVALID_ARGUMENT.exception(
                            "MSKSourceConfiguration is mandatory for MSKAsSource stream type.");
                }
                onlyOne(kinesis || database, type);
                MSKSourceConfiguration m = in.mSKSourceConfiguration();
                return new SourceDescription(null, null, new MSKSourceDescription(m.mSKClusterARN(), m.topicName(),
                        m.authenticationConfiguration(), activeAt, m.readFromTimestamp()), null);
            }
            case "DatabaseAsSource" -> {
                if (!database) {
                    throw FirehoseErrors.INVALID_ARGUMENT.exception(
                            "DatabaseSourceConfiguration is mandatory for DatabaseAsSource stream type.");
                }
                onlyOne(kinesis || msk, type);
                DatabaseSourceConfiguration d = in.databaseSourceConfiguration();
                return new SourceDescription(null, null, null, new DatabaseSourceDescription(d.type(), d.endpoint(),
                        d.port(), d.sSLMode(), d.databases(), d.tables(), d.columns(), d.surrogateKeys(),
                        d.snapshotWatermarkTable(), null, d.databaseSourceAuthenticationConfiguration(),
                        d.databaseSourceVPCConfiguration()));
            }
            default -> {
                if (kinesis) {
                    throw FirehoseErrors.INVALID_ARGUMENT.exception(
                            "KinesisSourceStreamConfig is only applicable for KinesisStreamAsSource stream type.");
                }
                onlyOne(msk || database, type);
                return in.directPutSourceConfiguration() == null ? null : new SourceDescription(
                        new DirectPutSourceDescription(in.directPutSourceConfiguration().throughputHintInMBs()), null,
                        null, null);
            }
        }
    }

    private static void onlyOne(boolean other, String type) {
        if (other) {
            throw FirehoseErrors.INVALID_ARGUMENT.exception("Only the source configuration of the " + type
                    + " stream type may be given.");
        }
    }

    /**
     * AWS's rules for server-side encryption, at create and at StartDeliveryStreamEncryption: DirectPut (and database)
     * streams only; a customer key needs its ARN, an AWS-owned one takes none; keys of another region are refused.
     */
    public static void checkEncryption(DeliveryStreamEncryptionConfigurationInput sse, String type, Scope scope) {
        if (sse == null) {
            return;
        }
        if (!"DirectPut".equals(type) && !"DatabaseAsSource".equals(type)) {
            throw FirehoseErrors.INVALID_ARGUMENT.exception("Server side encryption from firehose is only allowed for "
                    + "direct put delivery streams and database as a source delivery streams");
        }
        if ("CUSTOMER_MANAGED_CMK".equals(sse.keyType())) {
            if (sse.keyARN() == null) {
                throw FirehoseErrors.INVALID_ARGUMENT.exception(
                        "KeyARN has to be specified when KeyType is CUSTOMER_MANAGED_CMK");
            }
            String[] arn = sse.keyARN().split(":", 6);
            if (arn.length > 4 && !arn[3].equals(scope.region())) {
                throw FirehoseErrors.INVALID_ARGUMENT.exception("Cross-region keys are not allowed for SSE. Please "
                        + "provide CMKs in the same region as firehose");
            }
        } else if (sse.keyARN() != null) {
            throw FirehoseErrors.INVALID_ARGUMENT.exception("KeyARN cannot be specified when KeyType is AWS_OWNED_CMK");
        }
    }
}
