package io.kinesisharness.internal.dispatch;

import java.nio.charset.StandardCharsets;

/**
 * The errors AWS's JSON services answer in XML, before they know which operation a request is for: the body is
 * {@code <Type>\n  <Message>…</Message>\n</Type>\n} and the answer carries no Content-Type at all.
 */
public final class XmlErrors {

    private static final byte[] ACCESS_DENIED = xml("AccessDeniedException",
            "Unable to determine service/operation name to be authorized");

    private XmlErrors() {
    }

    /** 403: a method other than POST, or a body whose content type and target name no operation. */
    public static AwsReply accessDenied() {
        return new AwsReply(403, null, ACCESS_DENIED, "AccessDeniedException");
    }

    private static byte[] xml(String type, String message) {
        return ("<" + type + ">\n  <Message>" + message + "</Message>\n</" + type + ">\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
