package io.kinesisharness.internal.lambda;

import java.util.ArrayList;
import java.util.List;

/**
 * How a registration matches the ARN a service invokes: {@code arn:aws:lambda:<region>:<account>:function:<name>}
 * with an optional {@code :<qualifier>} (version or alias). The ARN itself, then its unqualified form, then the bare
 * name are tried, so a test registers {@code "upper"} and any configuration naming that function finds it.
 */
final class FunctionNames {

    private static final String FUNCTION = ":function:";

    private FunctionNames() {
    }

    /** The keys to look a function up under, most specific first. */
    static List<String> candidates(String arnOrName) {
        List<String> out = new ArrayList<>(3);
        out.add(arnOrName);
        int f = arnOrName.indexOf(FUNCTION);
        if (f < 0) {
            return out;
        }
        String rest = arnOrName.substring(f + FUNCTION.length());
        int colon = rest.indexOf(':');
        if (colon >= 0) {
            out.add(arnOrName.substring(0, f + FUNCTION.length() + colon));
            rest = rest.substring(0, colon);
        }
        out.add(rest);
        return out;
    }

    /** Whether an invocation of {@code invokedArn} is one a test asking about {@code registered} means. */
    static boolean matches(String registered, String invokedArn) {
        return candidates(invokedArn).contains(registered);
    }
}
