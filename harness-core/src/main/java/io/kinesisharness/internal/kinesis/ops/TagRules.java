package io.kinesisharness.internal.kinesis.ops;

import io.kinesisharness.internal.common.ResourceTags;
import io.kinesisharness.internal.kinesis.KinesisErrors;
import io.kinesisharness.internal.kinesis.model.KinesisStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The characters AWS allows in tag keys and values, with the two messages it words violations in. */
public final class TagRules {

    private static final String SYMBOLS = " _.:/=+-@";

    private TagRules() {
    }

    /** Tags for a stream being created or tagged: allowed characters, then the 50-tag limit. */
    public static void checkTags(Map<String, String> tags, String verb, KinesisStream stream) {
        List<String> texts = new ArrayList<>(tags.keySet());
        tags.values().stream().filter(v -> v != null).forEach(texts::add);
        checkCharacters(texts, verb, stream.name(), stream.scope().accountId());
    }

    /**
     * AWS rejects most symbols with one message but reports a '%' with another, naming the operation
     * ("add tags to", "remove tags from").
     */
    public static void checkCharacters(Collection<String> texts, String verb, String streamName, String account) {
        boolean percent = false;
        for (String t : texts) {
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == '%') {
                    percent = true;
                } else if (!Character.isLetterOrDigit(cp) && SYMBOLS.indexOf(cp) < 0) {
                    throw KinesisErrors.INVALID_ARGUMENT.exception("Some tags contain invalid characters. Valid characters: "
                            + "Unicode letters, digits, white space, _ . / = + - % @.");
                }
            }
        }
        if (percent) {
            throw KinesisErrors.INVALID_ARGUMENT.exception("Failed to " + verb + " stream " + streamName + " under account "
                    + account + " because some tags contained illegal characters. The allowed characters are "
                    + "Unicode letters, white-spaces, '_',',','/','=','+','-','@'.");
        }
    }

    public static RuntimeException tooMany(KinesisStream stream) {
        return KinesisErrors.INVALID_ARGUMENT.exception("Failed to add tags to stream " + stream.name() + " under account "
                + stream.scope().accountId() + " because a given stream cannot have more than "
                + ResourceTags.MAX_TAGS + " tags associated with it.");
    }
}
