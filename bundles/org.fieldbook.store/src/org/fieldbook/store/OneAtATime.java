package org.fieldbook.store;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * A scheduling rule that conflicts only with itself: the jobs that hold one instance run one after the other, in
 * the order they were scheduled, e.g. a form's saves into the store, or the sync's cycles.
 */
public final class OneAtATime implements ISchedulingRule {

    @Override
    public boolean contains(ISchedulingRule rule) {
        return rule == this;
    }

    @Override
    public boolean isConflicting(ISchedulingRule rule) {
        return rule == this;
    }
}
