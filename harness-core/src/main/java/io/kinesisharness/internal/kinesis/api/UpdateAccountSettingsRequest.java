package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

public record UpdateAccountSettingsRequest(
        @JsonProperty("MinimumThroughputBillingCommitment") MinimumThroughputBillingCommitmentInput minimumThroughputBillingCommitment) implements Validated {

    @Override
    public void validate(Validator v) {
        String member = "minimumThroughputBillingCommitment";
        v.notNull(member, minimumThroughputBillingCommitment);
        if (minimumThroughputBillingCommitment != null) {
            String status = minimumThroughputBillingCommitment.status();
            v.notNull(member + ".status", status).oneOf(member + ".status", status, Shapes.COMMITMENT_STATUSES);
        }
    }
}
