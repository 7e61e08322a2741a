package org.fieldbook.ui.internal.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldbook.ui.internal.workorders.WorkOrderFixtures.download;

import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fieldbook.model.Account;
import org.fieldbook.model.FieldbookPackage.Literals;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderSystemStatus;
import org.fieldbook.store.internal.DerbyLocalStore;
import org.fieldbook.tests.common.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing typed is lost: the form runs in a JVM of its own, real keystrokes go into the technician's summary
 * through the X server, and the JVM is killed (SIGKILL) while the field still has focus, as soon as the store has
 * the text — a moment after the last keystroke, never on leaving the field. The restarted form shows it.
 */
class TypedTextSurvivesAKillTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    /** The form and what it needs on a plain class path: no OSGi, no workbench. */
    private static final List<String> BUNDLES = List.of("org.fieldbook.ui", "org.fieldbook.ui.tests", "org.fieldbook.store",
            "org.fieldbook.sync", "org.fieldbook.model", "org.fieldbook.jdbc", "org.eclipse.emf.ecore", "org.eclipse.emf.common",
            "derby", "derbyshared", "com.fasterxml.jackson.core.jackson-core", "slf4j.api", "org.eclipse.osgi",
            "org.eclipse.equinox.common", "org.eclipse.core.runtime", "org.eclipse.core.jobs", "org.eclipse.equinox.security",
            "org.eclipse.swt", "org.eclipse.swt.gtk.linux.x86_64", "org.eclipse.e4.ui.model.workbench", "org.eclipse.e4.core.di",
            "org.eclipse.e4.core.contexts", "org.eclipse.e4.ui.di", "jakarta.inject.jakarta.inject-api",
            "jakarta.annotation-api");
    private static final Pattern FIELD = Pattern.compile("^field (\\d+) (\\d+)$", Pattern.MULTILINE);
    private static final String BEFORE = "Pump primed, ";
    private static final String NOTE = "gasket replaced";

    @TempDir
    Path folder;

    @Test
    void textTypedAndLeftInTheFieldIsThereAfterTheClientIsKilled() throws Exception {
        Path database = folder.resolve("db");
        seed(database);

        try (ChildJvm client = ChildJvm.start(BUNDLES, FormUntilKilled.class, List.of(database.toString()), 0)) {
            client.awaitLine("field ", PATIENCE);
            type(client, NOTE);
            // Keystrokes slowed by a busy machine may be saved in parts: the kill waits for the whole note.
            client.awaitLine("saved " + BEFORE + NOTE, PATIENCE);
            assertThat(client.output()).as("the field kept its focus till the kill").doesNotContain("left the field");
            client.kill();
        }

        try (ChildJvm restarted = ChildJvm.start(BUNDLES, FormUntilKilled.class, List.of(database.toString()), 0)) {
            restarted.awaitLine("field ", PATIENCE);
            assertThat(restarted.output()).contains("shows " + BEFORE + NOTE);
        }
        DerbyLocalStore store = WorkOrderFixtures.open(database);
        try {
            assertThat(store.outbox().pending()).as("the note waits for upload").last()
                    .satisfies(entry -> assertThat(entry.changedFields()).containsValue(BEFORE + NOTE));
        } finally {
            store.close();
        }
    }

    private static void seed(Path database) {
        DerbyLocalStore store = WorkOrderFixtures.open(database);
        try {
            Account account = WorkOrderFixtures.account("acc-1", "Contoso Dairy");
            WorkOrder workOrder = WorkOrderFixtures.workOrder("wo-1", "WO-00412", account, "12 Mill Road", WorkOrderSystemStatus.IN_PROGRESS);
            workOrder.setSummary(BEFORE);
            download(store, Literals.ACCOUNT, List.of(account));
            download(store, Literals.WORK_ORDER, List.of(workOrder));
        } finally {
            store.close();
        }
    }

    /** Taps the field where the child says it is, puts the caret at the end and types, each key through XTest. */
    private static void type(ChildJvm client, String text) throws Exception {
        Matcher field = FIELD.matcher(client.output());
        assertThat(field.find()).as(client.output()).isTrue();
        Robot robot = new Robot();
        robot.setAutoWaitForIdle(false);
        robot.mouseMove(Integer.parseInt(field.group(1)), Integer.parseInt(field.group(2)));
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        press(robot, KeyEvent.VK_CONTROL, KeyEvent.VK_END);
        for (char letter : text.toCharArray()) {
            press(robot, KeyEvent.getExtendedKeyCodeForChar(letter));
        }
    }

    private static void press(Robot robot, int... keys) {
        for (int key : keys) {
            robot.keyPress(key);
        }
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.keyRelease(keys[i]);
        }
    }
}
