package org.fieldbook.sync.internal.upload;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.SubMonitor;
import org.fieldbook.store.OutboxEntry.Operation;
import org.fieldbook.store.Uploads;
import org.fieldbook.sync.SyncException;
import org.fieldbook.sync.WebApiException;
import org.fieldbook.sync.internal.SyncLog;

/**
 * One pass over the planned changes, in groups sent as atomic change sets. When the server refuses a change
 * set, it is split: around the refused change when the answer names it (those before it go again together,
 * the refused one alone, where its refusal is dealt with, those after it together), else in halves until the
 * refused change is alone. A change pointing at a new record the server did not take waits for the next cycle.
 */
final class UploadRun {

    private final ChangeSets changeSets;
    private final UploadRequests requests;
    private final RecordUpload single;
    private final Uploads uploads;
    private final Deque<List<RecordChange>> groups = new ArrayDeque<>();
    private final Set<String> notCreated = new HashSet<>();
    private final Set<String> creates = new HashSet<>();
    private final Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    private boolean batches = true;

    UploadRun(ChangeSets changeSets, UploadRequests requests, RecordUpload single, Uploads uploads) {
        this.changeSets = changeSets;
        this.requests = requests;
        this.single = single;
        this.uploads = uploads;
    }

    /**
     * @param progress one tick per change; checked for cancellation before every request
     * @throws SyncException when the server is busy or out of reach, or the sign-in fails
     */
    UploadReport send(List<RecordChange> changes, int changeSetSize, SubMonitor progress) throws SyncException {
        for (int start = 0; start < changes.size(); start += changeSetSize) {
            groups.add(changes.subList(start, Math.min(changes.size(), start + changeSetSize)));
        }
        changes.stream().filter(change -> change.operation() == Operation.CREATE).forEach(change -> creates.add(change.recordId()));
        while (!groups.isEmpty()) {
            List<RecordChange> group = ready(groups.removeFirst());
            if (group.size() == 1) {
                progress.split(1);
                count(group.get(0), single.upload(group.get(0)));
            } else if (!batches) {
                group.reversed().forEach(change -> groups.addFirst(List.of(change)));
            } else if (!group.isEmpty()) {
                sendTogether(group, progress.split(group.size()));
            }
        }
        return UploadReport.of(outcomes);
    }

    /** @return the group without the changes that must wait */
    private List<RecordChange> ready(List<RecordChange> group) {
        List<RecordChange> ready = new ArrayList<>();
        for (RecordChange change : group) {
            if (UploadPlan.createdTargets(change, notCreated).isEmpty()) {
                ready.add(change);
            } else {
                count(change, Outcome.WAITING);
            }
        }
        return ready;
    }

    private void sendTogether(List<RecordChange> group, SubMonitor progress) throws SyncException {
        ChangeSets.Result result;
        try {
            result = changeSets.send(group.stream().map(requests::of).toList());
        } catch (WebApiException e) {
            batches = e.status() != 404 && e.status() != 405 && e.status() != 501;
            SyncLog.of(UploadRun.class).warn("The back office refused a $batch (HTTP " + e.status() + "): " + e.getMessage());
            split(group, ChangeSets.UNKNOWN);
            return;
        }
        if (result.succeeded()) {
            for (int i = 0; i < group.size(); i++) {
                group.get(i).confirm(uploads, result.versions()[i]);
                count(group.get(i), Outcome.SENT);
            }
            progress.done();
        } else {
            split(group, result.failed());
        }
    }

    /** Puts a refused group back in front, split around the refused change or, when unknown, in halves. */
    private void split(List<RecordChange> group, int refused) {
        List<List<RecordChange>> parts = refused == ChangeSets.UNKNOWN
                ? List.of(group.subList(0, group.size() / 2), group.subList(group.size() / 2, group.size()))
                : List.of(group.subList(0, refused), group.subList(refused, refused + 1), group.subList(refused + 1, group.size()));
        parts.reversed().stream().filter(part -> !part.isEmpty()).forEach(groups::addFirst);
    }

    private void count(RecordChange change, Outcome outcome) {
        outcomes.merge(outcome, 1, Integer::sum);
        if (creates.contains(change.recordId()) && outcome != Outcome.SENT) {
            notCreated.add(change.recordId());
        }
    }
}
