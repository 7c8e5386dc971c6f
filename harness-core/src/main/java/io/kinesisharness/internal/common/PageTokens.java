package io.kinesisharness.internal.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;

/**
 * NextToken values of the list operations: base64 of {@code issuedMillis|part|part...} with a checksum.
 * They expire like AWS's (300 s after issue).
 */
public final class PageTokens {

    public static final long LIFETIME_MILLIS = 300_000;
    private static final char SEP = '\u0001';

    private PageTokens() {
    }

    public static String encode(long issuedMillis, String... parts) {
        StringBuilder sb = new StringBuilder().append(issuedMillis);
        for (String p : parts) {
            sb.append(SEP).append(p == null ? "" : p);
        }
        String body = sb.toString();
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(
                (body + SEP + Long.toHexString(crc.getValue())).getBytes(StandardCharsets.UTF_8));
    }

    /** The token's parts (index 0 = issue time), or null when it is not one of ours. */
    public static String[] decode(String token) {
        try {
            String text = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            int last = text.lastIndexOf(SEP);
            if (last < 0) {
                return null;
            }
            String body = text.substring(0, last);
            CRC32 crc = new CRC32();
            crc.update(body.getBytes(StandardCharsets.UTF_8));
            if (!Long.toHexString(crc.getValue()).equals(text.substring(last + 1))) {
                return null;
            }
            String[] parts = body.split(String.valueOf(SEP), -1);
            Long.parseLong(parts[0]);
            return parts;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
