package io.kinesisharness.internal.s3.model;

import java.util.List;
import java.util.regex.Pattern;

/** S3's rules for general-purpose bucket names. */
public final class BucketNames {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern IP_ADDRESS = Pattern.compile("\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    private static final List<String> RESERVED_PREFIXES = List.of("xn--", "sthree-", "amzn-s3-demo-");
    private static final List<String> RESERVED_SUFFIXES = List.of("-s3alias", "--ol-s3", ".mrap", "--x-s3",
            "--table-s3");

    private BucketNames() {
    }

    /**
     * 3 to 63 lower-case letters, digits, dots and hyphens, beginning and ending with a letter or digit; no two
     * adjacent dots; not an IP address; none of the reserved prefixes and suffixes.
     */
    public static boolean isValid(String name) {
        if (name == null || !SHAPE.matcher(name).matches() || name.contains("..") || IP_ADDRESS.matcher(name).matches()) {
            return false;
        }
        for (String p : RESERVED_PREFIXES) {
            if (name.startsWith(p)) {
                return false;
            }
        }
        for (String s : RESERVED_SUFFIXES) {
            if (name.endsWith(s)) {
                return false;
            }
        }
        return true;
    }
}
