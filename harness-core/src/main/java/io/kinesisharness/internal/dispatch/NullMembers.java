package io.kinesisharness.internal.dispatch;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import java.util.Map;

/**
 * A {@code null} inside a list or map of a request ({@code "Tags":{"k":null}}, {@code "TransactItems":[null]}):
 * the wire formats' mappers refuse it while reading, and AWS's Coral layer names it as a missing member at its
 * path, list elements and map values being {@code .member}s: {@code Value null at 'transactItems.1.member'}.
 */
final class NullMembers {

    private NullMembers() {
    }

    /** The ValidationException AWS answers, worded by the service's own validator. */
    static void refuse(InvalidNullException e, Validator validator) {
        validator.notNull(path(e), null);
        validator.throwIfInvalid();
    }

    /** The Coral path of the null: member names with a lower-case first letter, list positions from 1. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getIndex() >= 0) {
                path.append('.').append(r.getIndex() + 1).append(".member");
            } else if (r.getFrom() instanceof Map<?, ?> || r.getFrom() == Map.class) {
                path.append('.').append(r.getFieldName()).append(".member");
            } else if (r.getFieldName() != null) {
                String name = r.getFieldName();
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1));
            }
        }
        return path.toString();
    }
}
