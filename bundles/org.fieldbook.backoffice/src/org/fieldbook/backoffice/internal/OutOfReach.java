package org.fieldbook.backoffice.internal;

/**
 * A write would leave a row out of its writer's reach, or point at a row they cannot read: thrown to roll the
 * write's transaction back, and answered with 403.
 */
final class OutOfReach extends RuntimeException {

    private static final long serialVersionUID = 1L;

    OutOfReach() {
        super(null, null, false, false);
    }
}
