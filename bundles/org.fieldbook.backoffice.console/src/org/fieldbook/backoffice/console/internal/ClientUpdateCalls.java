package org.fieldbook.backoffice.console.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import org.fieldbook.backoffice.Role;
import org.fieldbook.backoffice.internal.updates.ServedRelease;
import org.fieldbook.backoffice.internal.updates.UpdateDeadlines;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The client updates page: {@code GET client-updates} (whether the update site is served and which version it
 * serves, with the mandatory dates), {@code POST client-updates/deadlines} {@code {version, mandatoryAfter}} (set
 * or move a date) and {@code DELETE client-updates/deadlines/<version>}, each answered with the page's state
 * again; admins only.
 */
final class ClientUpdateCalls implements ConsoleCall.Handler {

    private final UpdateDeadlines deadlines;
    private final ServedRelease served;
    private final Clock clock;

    ClientUpdateCalls(UpdateDeadlines deadlines, ServedRelease served, Clock clock) {
        this.deadlines = deadlines;
        this.served = served;
        this.clock = clock;
    }

    /**
     * A mandatory date, its instants in ISO-8601 (UTC) for the page to show in the admin's zone.
     *
     * @param passed whether it has passed by the server's clock: devices no longer let technicians postpone
     */
    record Deadline(String version, String mandatoryAfter, boolean passed, String setBy, String setOn) {
    }

    /**
     * @param servedVersion the client version in the served repository, or null when none can be read
     * @param saved the version whose date was just set, as stored (e.g. {@code 0.2.0} for {@code 0.2}), or null
     */
    record State(boolean served, String servedVersion, List<Deadline> deadlines, String saved) {
    }

    @Override
    public boolean handle(ConsoleCall call) throws IOException {
        if (call.path().isEmpty() || !call.path().get(0).equals("client-updates")) {
            return false;
        }
        call.require(Role.ADMIN);
        String saved = null;
        if (call.is("POST", "client-updates", "deadlines")) {
            JsonNode body = ConsoleJson.body(call.request());
            try {
                saved = deadlines.set(ConsoleJson.text(body, "version"), ConsoleJson.text(body, "mandatoryAfter"),
                        call.session().user().userName()).version();
            } catch (UpdateDeadlines.Refused e) {
                throw new ConsoleCall.Refused(400, e.getMessage(), e.field());
            }
        } else if (call.is("DELETE", "client-updates", "deadlines", "*")) {
            if (!deadlines.remove(call.path().get(2))) {
                throw new ConsoleCall.Refused(404, "No mandatory date is set for " + call.path().get(2) + ".");
            }
        } else if (!call.is("GET", "client-updates")) {
            return false;
        }
        call.answer(200, state(saved));
        return true;
    }

    private State state(String saved) {
        List<Deadline> rows = deadlines.list().stream().map(deadline -> new Deadline(deadline.version(),
                deadline.mandatoryAfter().toString(), !clock.instant().isBefore(deadline.mandatoryAfter()), deadline.setBy(),
                deadline.setOn().toString())).toList();
        return new State(served.served(), served.version().orElse(null), rows, saved);
    }
}
