package io.kinesisharness;

import java.util.List;

/** Fault injection: rules apply in the order they were added; the first rule matching a call applies. */
public interface HarnessFaults {

    void add(FaultRule rule);

    /** The rules still active (a rule with a count disappears once used up). */
    List<FaultRule> rules();

    void clear();
}
