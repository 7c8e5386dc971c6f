package io.kinesisharness.internal.errors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every error code a harness can answer, by wire name: the common ones and each service's catalogue. Fault
 * injection names errors this way ({@code "error": "ProvisionedThroughputExceededException"}).
 */
public final class ErrorCatalog {

    private final Map<String, ErrorCode> byCode = new LinkedHashMap<>();

    /** @param catalogues enum classes implementing {@link ErrorCode}; the first to name a code wins */
    @SafeVarargs
    public ErrorCatalog(List<? extends ErrorCode>... catalogues) {
        add(List.of(CommonErrors.values()));
        for (List<? extends ErrorCode> c : catalogues) {
            add(c);
        }
    }

    private void add(List<? extends ErrorCode> codes) {
        for (ErrorCode e : codes) {
            byCode.putIfAbsent(e.code(), e);
        }
    }

    /** The error a wire name stands for; IllegalArgumentException naming the known ones if none. */
    public ErrorCode byCode(String code) {
        ErrorCode e = byCode.get(code);
        if (e == null) {
            throw new IllegalArgumentException("Unknown AWS error code " + code + "; known: "
                    + new ArrayList<>(byCode.keySet()));
        }
        return e;
    }
}
