package io.kinesisharness.internal.kinesis.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kinesisharness.internal.dispatch.Validated;
import io.kinesisharness.internal.dispatch.Validator;

/** The input of StartStreamEncryption and StopStreamEncryption, which share one shape. */
public record StreamEncryptionRequest(
        @JsonProperty("StreamName") String streamName,
        @JsonProperty("EncryptionType") String encryptionType,
        @JsonProperty("KeyId") String keyId,
        @JsonProperty("StreamARN") String streamArn,
        @JsonProperty("StreamId") String streamId) implements StreamTarget, Validated {

    @Override
    public void validate(Validator v) {
        v.notNull("encryptionType", encryptionType).oneOf("encryptionType", encryptionType, Shapes.ENCRYPTION_TYPES);
        v.notNull("keyId", keyId).length("keyId", keyId, 1, 2048);
        Shapes.streamName(v, "streamName", streamName);
        Shapes.streamArn(v, "streamARN", streamArn);
    }
}
