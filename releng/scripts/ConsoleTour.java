import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pictures the admin console's pages from a running back office, the way an admin sees them at 1280×800:
 * {@code java ConsoleTour.java <back office root URL> <user> <password> <folder>}. Used by
 * {@code ./fieldbook screenshots}.
 * <p>
 * It starts headless Chromium and speaks the Chrome DevTools protocol over the JDK's own WebSocket, so the
 * script needs nothing beyond a JDK and the {@code chromium} package (the browser tests use Selenium; a
 * picture does not need a test framework's class path).
 */
public final class ConsoleTour {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern PORT = Pattern.compile("^(\\d+)");
    private static final Pattern PAGE_SOCKET = Pattern.compile(
            "\"type\":\\s*\"page\"[^}]*?\"webSocketDebuggerUrl\":\\s*\"([^\"]+)\"", Pattern.DOTALL);

    /** Something to do on a page (a script; null for nothing), then what shows it is done. */
    private record Step(String script, String done) {
    }

    /** A page of the console: its address, then the steps that bring it to what the picture shows. */
    private record Stop(String file, String path, Step... steps) {
    }

    private static final String EDIT_FIRST = "#profiles a[aria-label^='Edit ']";
    private static final String PEOPLE_FIRST = "#profiles a[aria-label^='People of ']";
    private static final Step OPEN_EDITOR = new Step(
            "document.querySelector(" + DevTools.quote(EDIT_FIRST) + ").click()", "#items form.item");

    /** A change in the draft, so that Publish shows a comparison: the first table's next interval. */
    private static final Step CHANGE_AN_INTERVAL = new Step("(() => {"
            + " const s = document.querySelector(\"#items select[id^='interval-']\");"
            + " s.selectedIndex = (s.selectedIndex + 1) % s.options.length;"
            + " s.dispatchEvent(new Event('change', {bubbles: true})); })()", "#publish:not([disabled])");

    private static final List<Stop> STOPS = List.of(
            new Stop("console-profiles", "/admin/profiles", new Step(null, "#profiles table tbody tr")),
            new Stop("console-profile-editor", "/admin/profiles", new Step(null, EDIT_FIRST), OPEN_EDITOR),
            new Stop("console-publish", "/admin/profiles", new Step(null, EDIT_FIRST), OPEN_EDITOR,
                    CHANGE_AN_INTERVAL, new Step("document.getElementById('publish').click()", "#comparison table"),
                    new Step("document.getElementById('comparison').scrollIntoView()", "#comparison table")),
            new Stop("console-people", "/admin/profiles", new Step(null, PEOPLE_FIRST),
                    new Step("document.querySelector(" + DevTools.quote(PEOPLE_FIRST) + ").click()", "#search-form"),
                    new Step("document.getElementById('search').value = 'tech';"
                            + " document.querySelector('#search-form button.primary').click()", "#search-results li")),
            new Stop("console-release-updates", "/admin/releases", new Step(null, "#releases > *")),
            new Stop("console-preview", "/admin/preview", new Step(null, "#preview-user option"),
                    new Step("document.querySelector('#preview-form button.primary').click()", "#preview-result table")),
            new Stop("console-settings", "/admin/settings", new Step(null, "#main form")),
            new Stop("console-sync-errors", "/admin/sync-errors", new Step(null, "#sync-errors")),
            new Stop("console-sync-health", "/admin/sync-health", new Step(null, "#sync-health table tbody tr")));

    private final DevTools devTools;
    private final String root;

    private ConsoleTour(DevTools devTools, String root) {
        this.devTools = devTools;
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: java ConsoleTour.java <back office root URL> <user> <password> <folder>");
            System.exit(2);
        }
        Path profileDir = Files.createTempDirectory("console-tour");
        Process chromium = new ProcessBuilder("chromium", "--headless=new", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--remote-debugging-port=0", "--remote-allow-origins=*",
                "--user-data-dir=" + profileDir, "--window-size=1280,800", "about:blank")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (DevTools devTools = DevTools.attach(profileDir)) {
            ConsoleTour tour = new ConsoleTour(devTools, args[0].replaceAll("/+$", ""));
            tour.signIn(args[1], args[2]);
            Path folder = Files.createDirectories(Path.of(args[3]));
            for (Stop stop : STOPS) {
                tour.picture(stop, folder.resolve(stop.file() + ".png"));
            }
        } finally {
            chromium.destroy();
            chromium.waitFor(10, TimeUnit.SECONDS);
        }
        System.out.println("Console tour done");
    }

    private void signIn(String user, String password) throws Exception {
        devTools.call("Emulation.setDeviceMetricsOverride",
                "{\"width\":1280,\"height\":800,\"deviceScaleFactor\":1,\"mobile\":false}");
        devTools.call("Page.navigate", "{\"url\":" + DevTools.quote(root + "/admin/sign-in") + "}");
        waitFor("#sign-in-form button.primary:not([disabled])");
        run("document.getElementById('user-name').value=" + DevTools.quote(user)
                + ";document.getElementById('password').value=" + DevTools.quote(password)
                + ";document.querySelector('#sign-in-form button.primary').click()");
        waitFor("#nav a");
    }

    private void picture(Stop stop, Path file) throws Exception {
        devTools.call("Page.navigate", "{\"url\":" + DevTools.quote(root + stop.path()) + "}");
        for (Step step : stop.steps()) {
            if (step.script() != null) {
                run(step.script());
            }
            waitFor(step.done());
        }
        String answer = devTools.call("Page.captureScreenshot", "{\"format\":\"png\"}");
        Files.write(file, Base64.getDecoder().decode(DevTools.field(answer, "data")));
        System.out.println("saved " + file);
    }

    private void run(String script) throws Exception {
        devTools.call("Runtime.evaluate", "{\"expression\":" + DevTools.quote(script) + "}");
    }

    private void waitFor(String selector) throws Exception {
        Instant end = Instant.now().plus(WAIT);
        String test = "document.readyState === 'complete' && document.querySelector(" + DevTools.quote(selector) + ") !== null";
        while (!devTools.call("Runtime.evaluate", "{\"expression\":" + DevTools.quote(test) + ",\"returnByValue\":true}")
                .contains("\"value\":true")) {
            if (Instant.now().isAfter(end)) {
                throw new IllegalStateException("The console did not show " + selector + " within " + WAIT);
            }
            Thread.sleep(100);
        }
    }

    /** One page target of Chromium, reached over its DevTools WebSocket. */
    private static final class DevTools implements WebSocket.Listener, AutoCloseable {
        private final Map<Integer, CompletableFuture<String>> answers = new ConcurrentHashMap<>();
        private final StringBuilder message = new StringBuilder();
        private WebSocket socket;
        private int lastId;

        static DevTools attach(Path profileDir) throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(profileDir) + "/json/list"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher page = PAGE_SOCKET.matcher(list);
            if (!page.find()) {
                throw new IllegalStateException("Chromium shows no page to drive: " + list);
            }
            DevTools devTools = new DevTools();
            devTools.socket = http.newWebSocketBuilder().buildAsync(URI.create(page.group(1)), devTools)
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
            return devTools;
        }

        /** Chromium writes the port it chose into its profile folder once it listens. */
        private static int port(Path profileDir) throws Exception {
            Path file = profileDir.resolve("DevToolsActivePort");
            Instant end = Instant.now().plus(WAIT);
            while (!Files.exists(file) || Files.readString(file).isBlank()) {
                if (Instant.now().isAfter(end)) {
                    throw new IllegalStateException("Chromium did not start (is the chromium package installed?)");
                }
                Thread.sleep(100);
            }
            Matcher port = PORT.matcher(Files.readString(file));
            if (!port.find()) {
                throw new IllegalStateException("Chromium wrote no port into " + file);
            }
            return Integer.parseInt(port.group(1));
        }

        synchronized String call(String method, String params) throws Exception {
            int id = ++lastId;
            CompletableFuture<String> answer = new CompletableFuture<>();
            answers.put(id, answer);
            socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true).join();
            String text = answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (text.contains("\"error\":")) {
                throw new IOException(method + " failed: " + text);
            }
            return text;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                String text = message.toString();
                message.setLength(0);
                Matcher id = ID.matcher(text);
                if (text.startsWith("{\"id\":") && id.find()) {
                    CompletableFuture<String> answer = answers.remove(Integer.parseInt(id.group(1)));
                    if (answer != null) {
                        answer.complete(text);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }

        static String field(String json, String name) {
            Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
            if (!value.find()) {
                throw new IllegalStateException("No " + name + " in " + json.substring(0, Math.min(200, json.length())));
            }
            return value.group(1);
        }

        static String quote(String text) {
            StringBuilder quoted = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> quoted.append("\\\"");
                    case '\\' -> quoted.append("\\\\");
                    case '\n' -> quoted.append("\\n");
                    default -> quoted.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                }
            }
            return quoted.append('"').toString();
        }

        @Override
        public void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        }
    }
}
