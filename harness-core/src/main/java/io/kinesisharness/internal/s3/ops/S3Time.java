package io.kinesisharness.internal.s3.ops;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** S3's two ways of writing time: ISO-8601 with milliseconds in XML, RFC 1123 in headers. */
final class S3Time {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private S3Time() {
    }

    static String iso(long millis) {
        return ISO.format(Instant.ofEpochMilli(millis));
    }

    static String http(long millis) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC));
    }

    /** An HTTP date header's instant in milliseconds, or null when it is not one (S3 then ignores the header). */
    static Long parseHttp(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(text.trim())).toEpochMilli();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** S3 keeps modification times in whole seconds. */
    static long toSeconds(long millis) {
        return millis - Math.floorMod(millis, 1000);
    }
}
