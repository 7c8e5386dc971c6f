package io.kinesisharness.kinesis.support;

/** The two encodings the AWS SDK for Java v2 speaks to Kinesis. */
public enum Wire {
    CBOR("application/x-amz-cbor-1.1"),
    JSON("application/x-amz-json-1.1");

    private final String contentType;

    Wire(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }
}
