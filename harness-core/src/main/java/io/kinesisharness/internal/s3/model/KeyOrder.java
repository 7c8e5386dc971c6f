package io.kinesisharness.internal.s3.model;

import java.util.Comparator;

/**
 * The order S3 lists keys in: by their UTF-8 bytes. That is code-point order, which differs from Java's
 * {@code String.compareTo} (UTF-16 units) once characters beyond U+FFFF meet those between U+E000 and U+FFFF.
 */
public final class KeyOrder {

    public static final Comparator<String> UTF8 = KeyOrder::compare;

    private KeyOrder() {
    }

    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
