package org.fieldbook.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.fieldbook.store.AgendaEntry;
import org.fieldbook.sync.SyncException;

/**
 * When today's agenda is complete during a first sync: every booking of today on the device with its status
 * name, work order and account. The download tells the probe at each table it starts (its progress monitor),
 * where the probe reads the agenda from the store; the time of those reads is taken off the measurement.
 */
final class AgendaProbe extends NullProgressMonitor {

    /** What the agenda held when the download began a table, and when (ms from the start, reads excluded). */
    private record Look(double millis, int bookings, boolean complete) {
    }

    private final BenchDevice device;
    private final List<Look> looks = new ArrayList<>();
    private long start;
    private long reading;

    private AgendaProbe(BenchDevice device) {
        this.device = device;
    }

    /**
     * @return ms from the start of a first sync (profile fetch included) until today's agenda was complete, and
     *         how many bookings it holds
     */
    static Timings.Measured firstSync(BenchDevice device) throws SyncException {
        AgendaProbe probe = new AgendaProbe(device);
        probe.start = System.nanoTime();
        device.download(device.profile(), probe);
        probe.look();
        int today = probe.looks.getLast().bookings();
        double millis = probe.looks.stream().filter(look -> look.complete() && look.bookings() == today).findFirst().orElseThrow().millis();
        return new Timings.Measured(millis, today);
    }

    @Override
    public void setTaskName(String name) {
        look();
    }

    private void look() {
        long before = System.nanoTime();
        List<AgendaEntry> agenda = agendaOfToday();
        boolean complete = agenda.stream().allMatch(entry -> entry.statusName() != null && entry.workOrderNumber() != null
                && entry.accountName() != null);
        looks.add(new Look((before - start - reading) / 1e6, agenda.size(), complete));
        reading += System.nanoTime() - before;
    }

    private List<AgendaEntry> agendaOfToday() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Instant from = today.atStartOfDay().toInstant(ZoneOffset.UTC);
        return device.store().bookings().agenda(from, from.plusSeconds(86_400));
    }
}
