package io.kinesisharness.internal.faults;

import io.kinesisharness.FaultRule;
import io.kinesisharness.HarnessFaults;
import io.kinesisharness.internal.errors.ErrorCatalog;
import io.kinesisharness.internal.errors.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Holds the active fault rules and decides, per call, whether one applies. Decisions are drawn from one seeded
 * generator per rule, so the same calls in the same order meet the same faults.
 */
public final class FaultInjector implements HarnessFaults {

    private final List<ActiveRule> rules = new ArrayList<>();
    private final ErrorCatalog errors;

    /** @param errors the codes a rule may name; a rule naming another is refused when added */
    public FaultInjector(ErrorCatalog errors) {
        this.errors = errors;
    }

    @Override
    public synchronized void add(FaultRule rule) {
        if (rule.errorCode() != null) {
            errors.byCode(rule.errorCode());
        }
        rules.add(new ActiveRule(rule));
    }

    /** The error code a rule names, from the catalogue it was checked against. */
    public ErrorCode error(FaultRule rule) {
        return errors.byCode(rule.errorCode());
    }

    @Override
    public synchronized List<FaultRule> rules() {
        return rules.stream().map(r -> r.rule).toList();
    }

    @Override
    public synchronized void clear() {
        rules.clear();
    }

    /** The fault for this call, or null; a counted rule is used up by this call. */
    public Fault onCall(String service, String operation) {
        synchronized (this) {
            if (rules.isEmpty()) {
                return null;
            }
            for (int i = 0; i < rules.size(); i++) {
                ActiveRule r = rules.get(i);
                if (!r.matches(service, operation) || !r.draw()) {
                    continue;
                }
                if (r.rule.count() > 0 && ++r.used >= r.rule.count()) {
                    rules.remove(i);
                }
                return new Fault(r.rule, new Random(r.random.nextLong()));
            }
            return null;
        }
    }

    /** A fault applied to one call; {@link #recordFails()} decides entry by entry for partial failures. */
    public static final class Fault {
        private final FaultRule rule;
        private final Random random;

        Fault(FaultRule rule, Random random) {
            this.rule = rule;
            this.random = random;
        }

        public FaultRule rule() {
            return rule;
        }

        public boolean recordFails() {
            return rule.recordFailureRate() > 0 && random.nextDouble() < rule.recordFailureRate();
        }
    }

    private static final class ActiveRule {
        final FaultRule rule;
        final Random random;
        int used;

        ActiveRule(FaultRule rule) {
            this.rule = rule;
            this.random = new Random(rule.seed());
        }

        boolean matches(String service, String operation) {
            return (rule.service().equals("*") || rule.service().equalsIgnoreCase(service))
                    && (rule.operation().equals("*") || rule.operation().equals(operation));
        }

        boolean draw() {
            return rule.probability() >= 1 || random.nextDouble() < rule.probability();
        }
    }
}
