package io.kinesisharness;

import java.time.Duration;
import java.util.Objects;

/**
 * A fault to inject into calls the harness answers, so retry and error paths can be tested deterministically.
 * Build one with {@link #error}, {@link #latency} or {@link #failRecords}, narrow it with the {@code with...}
 * methods, and install it with {@link HarnessFaults#add}.
 *
 * <pre>{@code
 * admin.faults().add(FaultRule.error("PutRecords", "ProvisionedThroughputExceededException").times(2));
 * admin.faults().add(FaultRule.error("GetRecords", "InternalFailure").withProbability(0.3, 42));
 * admin.faults().add(FaultRule.failRecords("PutRecords", 0.5, 7));
 * admin.faults().add(FaultRule.latency("*", Duration.ofMillis(200)));
 * }</pre>
 *
 * @param service          {@code kinesis}, {@code firehose}, ... or {@code *} for any
 * @param operation        the AWS operation name ({@code PutRecord}) or {@code *}
 * @param errorCode        AWS error code to answer with ({@code ProvisionedThroughputExceededException}), or null
 * @param message          error message; null for AWS's usual text
 * @param count            how many matching calls are affected; 0 means every one
 * @param probability      chance that a matching call is affected (1 = always), drawn from a seeded generator
 * @param seed             seed of that generator, so a run is repeatable
 * @param latency          added before the answer is sent (real time), or null
 * @param recordFailureRate PutRecords/PutRecordBatch only: the share of entries that fail individually
 */
public record FaultRule(String service, String operation, String errorCode, String message, int count,
        double probability, long seed, Duration latency, double recordFailureRate) {

    public FaultRule {
        service = service == null ? "*" : service;
        Objects.requireNonNull(operation, "operation");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        if (!(probability > 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be in (0, 1]");
        }
        if (recordFailureRate < 0 || recordFailureRate > 1) {
            throw new IllegalArgumentException("recordFailureRate must be in [0, 1]");
        }
        if (errorCode == null && latency == null && recordFailureRate == 0) {
            throw new IllegalArgumentException("a fault needs an error code, a latency or a record failure rate");
        }
    }

    /** Every matching call fails with this AWS error code. */
    public static FaultRule error(String operation, String errorCode) {
        return new FaultRule("*", operation, Objects.requireNonNull(errorCode), null, 0, 1, 0, null, 0);
    }

    /** Every matching call is answered after this extra delay. */
    public static FaultRule latency(String operation, Duration latency) {
        return new FaultRule("*", operation, null, null, 0, 1, 0, Objects.requireNonNull(latency), 0);
    }

    /**
     * In matching PutRecords (or Firehose PutRecordBatch) calls, this share of the entries fails individually with
     * ProvisionedThroughputExceededException (Firehose: ServiceUnavailableException), as AWS reports partial
     * failures; the rest are stored.
     */
    public static FaultRule failRecords(String operation, double fraction, long seed) {
        return new FaultRule("*", operation, null, null, 0, 1, seed, null, fraction);
    }

    /** Only the next {@code n} matching calls. */
    public FaultRule times(int n) {
        return new FaultRule(service, operation, errorCode, message, n, probability, seed, latency, recordFailureRate);
    }

    public FaultRule withProbability(double p, long seed) {
        return new FaultRule(service, operation, errorCode, message, count, p, seed, latency, recordFailureRate);
    }

    public FaultRule withMessage(String text) {
        return new FaultRule(service, operation, errorCode, text, count, probability, seed, latency, recordFailureRate);
    }

    public FaultRule forService(String name) {
        return new FaultRule(name, operation, errorCode, message, count, probability, seed, latency, recordFailureRate);
    }
}
