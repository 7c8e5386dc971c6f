package io.kinesisharness.internal.s3.ops;

import io.kinesisharness.internal.s3.S3Errors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** S3's reading of a Range header: one byte range or none; anything else it does not understand means all. */
final class Ranges {

    private static final Pattern ONE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private Ranges() {
    }

    /**
     * The first and last byte to send, or null for the whole object (no header, several ranges, or a form S3
     * ignores). An unsatisfiable range is InvalidRange (416).
     */
    static long[] of(String header, long size) {
        if (header == null) {
            return null;
        }
        Matcher m = ONE.matcher(header.trim());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return null;
        }
        long start;
        long end;
        try {
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                if (suffix == 0) {
                    throw invalid(header, size);
                }
                start = Math.max(0, size - suffix);
                end = size - 1;
            } else {
                start = Long.parseLong(m.group(1));
                end = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
                if (!m.group(2).isEmpty() && Long.parseLong(m.group(2)) < start) {
                    return null;
                }
            }
        } catch (NumberFormatException e) {
            return null;
        }
        if (start >= size) {
            throw invalid(header, size);
        }
        return new long[] {start, end};
    }

    private static RuntimeException invalid(String header, long size) {
        return S3Errors.INVALID_RANGE.exception("The requested range is not satisfiable")
                .detail("RangeRequested", header).detail("ActualObjectSize", String.valueOf(size));
    }
}
