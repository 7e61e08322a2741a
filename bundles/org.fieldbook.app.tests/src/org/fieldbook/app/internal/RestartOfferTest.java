package org.fieldbook.app.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.fieldbook.tests.common.ui.UiBot;
import org.fieldbook.tests.common.ui.UiDialog;
import org.fieldbook.updates.ClientUpdates;
import org.fieldbook.updates.UpdateCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The restart offer on real SWT widgets: before the administrator's date the technician may postpone and is told
 * until when, in the device's time zone; after it the offer says the update is required and since when, has no
 * "Later", and still waits for the end of a sync and of unsaved edits. p2 itself is replaced by a recorder
 * (applying is the end-to-end product test's).
 */
class RestartOfferTest {

    private static final Duration RECHECK = Duration.ofMillis(100);
    /** 18:00 in Auckland (NZDT, UTC+13) on 10 December; 21:00 the evening before in Los Angeles (PST, UTC-8). */
    private static final Instant DEADLINE = Instant.parse("2026-12-10T05:00:00Z");
    private static final UpdateCheck DOWNLOADED = new UpdateCheck(URI.create("http://127.0.0.1/updates/client/"),
            UpdateCheck.Outcome.DOWNLOADED, "0.2.0.202612041340", null, null);

    private final AtomicBoolean syncing = new AtomicBoolean();
    private final AtomicBoolean unsavedEdits = new AtomicBoolean();
    private final AtomicInteger restarts = new AtomicInteger();
    private final List<String> applied = new CopyOnWriteArrayList<>();
    private Display display;
    private Shell shell;
    private UiBot bot;

    @BeforeEach
    void openTheWindow() {
        display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        shell = new Shell(display);
        shell.setSize(800, 600);
        shell.open();
        bot = new UiBot(shell);
    }

    @AfterEach
    void closeTheWindow() {
        shell.dispose();
    }

    @Test
    void beforeTheDateTheTechnicianMayPostponeAndIsToldUntilWhenInTheirZone() {
        RestartOffer offer = offer("2026-12-09T20:00:00Z", "Pacific/Auckland");
        UiDialog later = UiDialog.answerNext(shell, RestartDialog.ID_LATER);

        offer.downloaded(DOWNLOADED, DEADLINE);
        bot.waitUntil(later::answered, "the offer");

        assertThat(later.buttons()).as("in the platform's order").containsExactlyInAnyOrder("Restart now", "Later");
        assertThat(String.join(" ", later.texts())).contains("Fieldbook 0.2.0.202612041340 is ready.")
                .contains("It becomes required on Thu 10 Dec 2026, 18:00 NZDT; until then you may postpone it.");
        assertThat(dialogsWithin(RECHECK.multipliedBy(5))).as("postponed: not asked again at the next looks").isZero();
        assertThat(applied).isEmpty();
        assertThat(restarts).hasValue(0);
    }

    @Test
    void afterTheDateTheOfferSaysItIsRequiredSinceWhenAndHasNoLater() {
        RestartOffer offer = offer("2026-12-10T06:00:00Z", "America/Los_Angeles");
        UiDialog restart = UiDialog.answerNext(shell, RestartDialog.ID_RESTART);

        offer.downloaded(DOWNLOADED, DEADLINE);
        bot.waitUntil(() -> restarts.get() == 1, "the restart");

        assertThat(restart.buttons()).containsExactly("Restart now");
        assertThat(String.join(" ", restart.texts()))
                .contains("Fieldbook 0.2.0.202612041340 is required since Wed 9 Dec 2026, 21:00 PST (set by your administrator).");
        assertThat(applied).containsExactly("0.2.0.202612041340");
    }

    @Test
    void closingTheRequiredOfferDoesNotPostponeItItIsAskedAgain() {
        RestartOffer offer = offer("2026-12-10T06:00:00Z", "Europe/Berlin");
        AtomicReference<UiDialog> again = new AtomicReference<>();
        closeTheNextDialog(() -> again.set(UiDialog.answerNext(shell, RestartDialog.ID_RESTART)));

        offer.downloaded(DOWNLOADED, DEADLINE);
        bot.waitUntil(() -> restarts.get() == 1, "the restart, asked again after the window was closed");

        assertThat(again.get().answered()).isTrue();
        assertThat(String.join(" ", again.get().texts())).contains("required since Thu 10 Dec 2026, 06:00 CET");
    }

    @Test
    void aRequiredUpdateWaitsForTheSyncAndForUnsavedEditsWhichTheTechnicianIsToldOnceThenAsks() {
        RestartOffer offer = offer("2026-12-11T00:00:00Z", "UTC");
        syncing.set(true);
        offer.downloaded(DOWNLOADED, DEADLINE);
        assertThat(dialogsWithin(RECHECK.multipliedBy(4))).as("during a sync").isZero();

        UiDialog told = UiDialog.answerNext(shell, RestartDialog.ID_OK);
        syncing.set(false);
        unsavedEdits.set(true);
        bot.waitUntil(told::answered, "the note that the restart waits for the edits");
        assertThat(String.join(" ", told.texts())).contains("Fieldbook 0.2.0.202612041340 is required since Thu 10 Dec 2026, 05:00 UTC.")
                .contains("restarts into it as soon as your changes are saved");
        assertThat(dialogsWithin(RECHECK.multipliedBy(4))).as("told once, no restart with unsaved edits").isZero();
        assertThat(restarts).hasValue(0);

        UiDialog restart = UiDialog.answerNext(shell, RestartDialog.ID_RESTART);
        unsavedEdits.set(false);
        bot.waitUntil(() -> restarts.get() == 1, "the restart once the moment is safe");
        assertThat(restart.buttons()).containsExactly("Restart now");
    }

    @Test
    void aDateLearnedAfterThePostponementEndsItAtOnce() {
        RestartOffer offer = offer("2026-12-10T06:00:00Z", "UTC");
        UiDialog later = UiDialog.answerNext(shell, RestartDialog.ID_LATER);
        offer.downloaded(DOWNLOADED, null);
        bot.waitUntil(later::answered, "the offer without a date");
        assertThat(String.join(" ", later.texts())).doesNotContain("required");

        UiDialog restart = UiDialog.answerNext(shell, RestartDialog.ID_RESTART);
        offer.mandatoryAfter(DEADLINE);
        bot.waitUntil(() -> restarts.get() == 1, "the restart, the postponement ended by the date");

        assertThat(restart.buttons()).containsExactly("Restart now");
    }

    @Test
    void aSyncThatBeginsWhileTheUpdateIsAppliedHoldsTheRestart() {
        RestartOffer offer = offer("2026-12-10T06:00:00Z", "UTC", () -> syncing.set(true));
        UiDialog.answerNext(shell, RestartDialog.ID_RESTART);
        offer.downloaded(DOWNLOADED, DEADLINE);
        bot.waitUntil(() -> applied.size() == 1, "the update applied");

        assertThat(dialogsWithin(RECHECK.multipliedBy(4))).isZero();
        assertThat(restarts).as("the sync runs").hasValue(0);
        syncing.set(false);
        bot.waitUntil(() -> restarts.get() == 1, "the restart after the sync");
    }

    @Test
    void theTechnicianHearsOfAnUndoneUpdateFirstThenTheNextOfferComes() {
        RestartOffer offer = offer("2026-12-10T06:00:00Z", "UTC");
        // Both answers are arranged before: the offer opens from the note's own event loop once it is closed.
        UiDialog told = UiDialog.answerNext(shell, RestartDialog.ID_OK);
        UiDialog later = UiDialog.answerNext(shell, RestartDialog.ID_LATER);

        offer.undone("Fieldbook 0.2.0.202612041340 could not start on this device (its first start never reached its workbench),"
                + " so it went back to 0.1.0.202612011200 by itself.");
        offer.downloaded(DOWNLOADED, null);
        bot.waitUntil(later::answered, "the offer of the next download, after the note");

        assertThat(told.answered()).isTrue();
        assertThat(told.buttons()).containsExactly("OK");
        assertThat(String.join(" ", told.texts())).contains("could not start on this device").contains("went back to 0.1.0.202612011200");
        assertThat(String.join(" ", later.texts())).contains("Fieldbook 0.2.0.202612041340 is ready.");
    }

    private RestartOffer offer(String now, String zone) {
        return offer(now, zone, () -> {
        });
    }

    /** @param whileApplying what happens while p2 would apply the update, on the job's thread */
    private RestartOffer offer(String now, String zone, Runnable whileApplying) {
        RestartOffer.Moment moment = new RestartOffer.Moment() {
            @Override
            public boolean syncing() {
                return syncing.get();
            }

            @Override
            public boolean unsavedEdits() {
                return unsavedEdits.get();
            }
        };
        return new RestartOffer(display, moment, new Recorder(whileApplying), restarts::incrementAndGet,
                Clock.fixed(Instant.parse(now), ZoneId.of(zone)), RECHECK);
    }

    /**
     * Lets {@code time} pass, closing and counting every dialog that opens meanwhile: a dialog runs its own event
     * loop, so one that should not come would otherwise block the test instead of failing it.
     */
    private int dialogsWithin(Duration time) {
        AtomicInteger seen = new AtomicInteger();
        long end = System.nanoTime() + time.toNanos();
        Runnable[] watch = new Runnable[1];
        watch[0] = () -> {
            Arrays.stream(display.getShells()).filter(other -> other != shell && other.isVisible()).forEach(dialog -> {
                seen.incrementAndGet();
                dialog.close();
            });
            if (System.nanoTime() < end) {
                display.timerExec(20, watch[0]);
            }
        };
        watch[0].run();
        bot.waitUntil(() -> System.nanoTime() > end + Duration.ofMillis(50).toNanos(), "time to pass");
        return seen.get();
    }

    /** Closes the next dialog as its window's close button would, then runs {@code then}. */
    private void closeTheNextDialog(Runnable then) {
        display.timerExec(20, () -> {
            Shell dialog = Arrays.stream(display.getShells()).filter(other -> other != shell && other.isVisible()).findFirst()
                    .orElse(null);
            if (dialog == null) {
                closeTheNextDialog(then);
            } else {
                dialog.close();
                then.run();
            }
        });
    }

    /** Stands for p2: records what it is asked to apply. */
    private final class Recorder implements ClientUpdates {
        private final Runnable whileApplying;

        Recorder(Runnable whileApplying) {
            this.whileApplying = whileApplying;
        }

        @Override
        public String installedVersion() {
            return "0.1.0.202612011200";
        }

        @Override
        public UpdateCheck check(URI site, IProgressMonitor monitor) {
            throw new AssertionError("the offer checks nothing");
        }

        @Override
        public UpdateCheck download(UpdateCheck available, IProgressMonitor monitor) {
            throw new AssertionError("the offer downloads nothing");
        }

        @Override
        public UpdateCheck apply(UpdateCheck downloaded, IProgressMonitor monitor) {
            whileApplying.run();
            applied.add(downloaded.version());
            return downloaded.then(UpdateCheck.Outcome.APPLIED);
        }

        @Override
        public Optional<String> workbenchReached() {
            throw new AssertionError("the offer does not start a workbench");
        }
    }
}
