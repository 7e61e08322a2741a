import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cold start of the client product to its agenda on screen. Starts the back office product with demo data,
 * lets the client sign in as tech1 and finish a first sync, then starts the client again several times on
 * that workspace and times each start from launch to the workbench log line and to the agenda's.
 * Run by releng/bench/startup-bench.sh: {@code java StartupBench.java <backoffice dir> <client dir> <work dir> <runs>}.
 */
public final class StartupBench {

    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final Pattern LISTENING = Pattern.compile("listening on (http\\S+)");
    private static final Pattern AGENDA = Pattern.compile("Agenda shown with (\\d+) bookings");
    private static final Pattern EITHER = Pattern.compile(AGENDA.pattern() + "|Fieldbook workbench is up");

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        Path backOffice = Path.of(args[0]);
        Path client = Path.of(args[1]);
        Path work = Path.of(args[2]);
        int runs = Integer.parseInt(args[3]);
        try (Product office = Product.start(List.of(backOffice.resolve("fieldbook-backoffice/backoffice.sh").toString(), "--port", "0",
                "--demo", "-data", work.resolve("backoffice-data").toString()), Map.of())) {
            Matcher listening = office.await(LISTENING);
            List<String> command = List.of(client.resolve("fieldbook-client/fieldbook.sh").toString(), "-data",
                    work.resolve("workspace").toString());
            Map<String, String> signedIn = Map.of("FIELDBOOK_BACKOFFICE_URL", listening.group(1), "FIELDBOOK_SIGN_IN_USER", "tech1",
                    "FIELDBOOK_SIGN_IN_PASSWORD", "fieldbook");
            try (Product first = Product.start(command, signedIn)) {
                first.await(Pattern.compile("Sync finished \\(full\\)"));
            }
            Map<String, String> later = Map.of("FIELDBOOK_BACKOFFICE_URL", listening.group(1));
            try (Product warmUp = Product.start(command, later)) {
                warmUp.await(AGENDA);
            }
            double[] workbench = new double[runs];
            double[] agenda = new double[runs];
            String bookings = "";
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                try (Product measured = Product.start(command, later)) {
                    // The agenda may be on screen before the workbench reports itself up: take whichever comes.
                    for (int seen = 0; seen < 2; seen++) {
                        Matcher line = measured.await(EITHER);
                        double millis = (System.nanoTime() - start) / 1e6;
                        if (line.group(1) != null) {
                            bookings = line.group(1);
                            agenda[run] = millis;
                        } else {
                            workbench[run] = millis;
                        }
                    }
                }
            }
            System.out.printf("Client product start on a synced workspace (tech1, %s bookings in the agenda), %d runs:%n%n", bookings, runs);
            System.out.println("| from launch to | median ms | min ms | max ms |");
            System.out.println("|---|---|---|---|");
            row("workbench window up (\"Fieldbook workbench is up\")", workbench);
            row("agenda on screen (\"Agenda shown\")", agenda);
        }
    }

    private static void row(String what, double[] millis) {
        Arrays.sort(millis);
        System.out.printf("| %s | %.0f | %.0f | %.0f |%n", what, millis[millis.length / 2], millis[0], millis[millis.length - 1]);
    }

    /** A launched product whose output lines are read as they come. */
    private static final class Product implements AutoCloseable {

        private final Process process;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final List<String> seen = new ArrayList<>();

        private Product(Process process) {
            this.process = process;
            Thread reader = new Thread(this::read, "output of " + process.pid());
            reader.setDaemon(true);
            reader.start();
        }

        static Product start(List<String> command, Map<String, String> environment) throws IOException {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            return new Product(builder.start());
        }

        private void read() {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("(output ended: " + e.getMessage() + ")");
            }
        }

        Matcher await(Pattern pattern) throws InterruptedException {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line != null) {
                    seen.add(line);
                    Matcher matcher = pattern.matcher(line);
                    if (matcher.find()) {
                        return matcher;
                    }
                } else if (!process.isAlive() && lines.isEmpty()) {
                    break;
                }
            }
            throw new IllegalStateException("No line matching " + pattern + "; the product said:\n" + String.join("\n", seen));
        }

        /** Stops the product as the window manager would not: SIGTERM, which the JVM turns into an orderly exit. */
        @Override
        public void close() throws InterruptedException {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
