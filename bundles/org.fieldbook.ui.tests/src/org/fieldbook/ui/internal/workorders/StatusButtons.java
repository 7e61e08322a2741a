package org.fieldbook.ui.internal.workorders;

import java.time.Clock;

import org.eclipse.swt.widgets.Button;
import org.fieldbook.tests.common.ui.E4PartFixture;
import org.fieldbook.tests.common.ui.UiBot;

/** Taps the work order form's status buttons as a technician does, at a moment of the test's choosing. */
final class StatusButtons {

    private StatusButtons() {
    }

    /**
     * Taps the button that moves the booking to {@code status} (a {@code FieldServiceStatus} name such as
     * {@code inProgress}) with the form's clock at {@code at}, and waits until the form shows the step taken.
     */
    static void tap(E4PartFixture fixture, UiBot bot, String bookingId, String status, Clock at) {
        fixture.context().set(Clock.class, at);
        String id = "booking." + bookingId + ".step." + status;
        Button button = bot.widgetWithId(id, Button.class);
        bot.buttonWithId(id).click();
        bot.waitUntil(button::isDisposed, "the form to show the step to " + status);
    }
}
