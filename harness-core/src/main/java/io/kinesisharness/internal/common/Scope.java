package io.kinesisharness.internal.common;

/** The (account, region) a request acts in; each has its own, isolated state. */
public record Scope(String accountId, String region) {

    public String arn(String service, String resource) {
        return "arn:" + partition() + ":" + service + ":" + region + ":" + accountId + ":" + resource;
    }

    public String partition() {
        if (region.startsWith("cn-")) {
            return "aws-cn";
        }
        if (region.startsWith("us-gov-")) {
            return "aws-us-gov";
        }
        return "aws";
    }
}
