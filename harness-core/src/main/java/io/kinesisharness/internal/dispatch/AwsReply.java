package io.kinesisharness.internal.dispatch;

/** An encoded answer to an AWS call: status, content type and body. */
public record AwsReply(int status, String contentType, byte[] body, String errorCode) {
}
