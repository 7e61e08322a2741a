package org.fieldbook.sync.internal.upload;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.SubMonitor;
import org.fieldbook.store.OutboxEntry.Operation;
import org.fieldbook.store.Uploads;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.WebApiException;

/**
 * One pass over the planned changes: as many as fit go in one atomic change set; when the server refuses one,
 * the change set is split around it: those before it go again together, the refused one alone (where its
 * refusal is dealt with), those after it together. A change pointing at a new record the server did not take
 * waits for the next cycle.
 */
final class UploadRun {

    /** A change waiting to be sent, alone when a change set refused it or cannot be used. */
    private record Queued(RecordChange change, boolean alone) {
    }

    private final ChangeSets changeSets;
    private final UploadRequests requests;
    private final RecordUpload single;
    private final Uploads uploads;
    private final int changeSetSize;
    private final Deque<Queued> queue = new ArrayDeque<>();
    private final Set<String> notCreated = new HashSet<>();
    private final Set<String> creates = new HashSet<>();
    private final Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    private boolean batches = true;

    UploadRun(ChangeSets changeSets, UploadRequests requests, RecordUpload single, Uploads uploads, int changeSetSize) {
        this.changeSets = changeSets;
        this.requests = requests;
        this.single = single;
        this.uploads = uploads;
        this.changeSetSize = changeSetSize;
    }

    /**
     * @param progress one tick per change; checked for cancellation before every request
     * @throws SyncException when the server is busy or out of reach, or the sign-in fails
     */
    UploadReport send(List<RecordChange> changes, SubMonitor progress) throws SyncException {
        changes.forEach(change -> queue.add(new Queued(change, false)));
        changes.stream().filter(change -> change.operation() == Operation.CREATE).forEach(change -> creates.add(change.recordId()));
        while (!queue.isEmpty()) {
            List<Queued> next = next();
            if (next.size() == 1) {
                progress.split(1);
                count(next.get(0).change(), single.upload(next.get(0).change()));
            } else if (!next.isEmpty()) {
                sendTogether(next, progress.split(next.size()));
            }
        }
        return UploadReport.of(outcomes);
    }

    /** @return the next change set, or a single change to send alone */
    private List<Queued> next() {
        List<Queued> next = new ArrayList<>();
        while (!queue.isEmpty() && next.size() < changeSetSize) {
            Queued candidate = queue.peekFirst();
            if (waits(candidate.change())) {
                queue.removeFirst();
                count(candidate.change(), Outcome.WAITING);
            } else if (candidate.alone() || !batches) {
                if (next.isEmpty()) {
                    next.add(queue.removeFirst());
                }
                return next;
            } else {
                next.add(queue.removeFirst());
            }
        }
        return next;
    }

    private void sendTogether(List<Queued> changeSet, SubMonitor progress) throws SyncException {
        ChangeSets.Result result;
        try {
            result = changeSets.send(changeSet.stream().map(queued -> requests.of(queued.change())).toList());
        } catch (WebApiException e) {
            batches = e.status() != 404 && e.status() != 405 && e.status() != 501;
            ILog.of(UploadRun.class).warn("The back office refused a $batch (HTTP " + e.status() + "), sending one by one: " + e.getMessage());
            requeue(changeSet, ChangeSets.UNKNOWN);
            return;
        }
        if (result.succeeded()) {
            for (int i = 0; i < changeSet.size(); i++) {
                changeSet.get(i).change().confirm(uploads, result.versions()[i]);
                count(changeSet.get(i).change(), Outcome.SENT);
            }
            progress.done();
        } else {
            requeue(changeSet, result.failed());
        }
    }

    /** Puts a refused change set back in front: all alone when the refused change is unknown. */
    private void requeue(List<Queued> changeSet, int refused) {
        for (int i = changeSet.size() - 1; i >= 0; i--) {
            queue.addFirst(new Queued(changeSet.get(i).change(), refused == ChangeSets.UNKNOWN || i == refused));
        }
    }

    private boolean waits(RecordChange change) {
        return !UploadPlan.createdTargets(change, notCreated).isEmpty();
    }

    private void count(RecordChange change, Outcome outcome) {
        outcomes.merge(outcome, 1, Integer::sum);
        if (creates.contains(change.recordId()) && outcome != Outcome.SENT) {
            notCreated.add(change.recordId());
        }
    }
}
