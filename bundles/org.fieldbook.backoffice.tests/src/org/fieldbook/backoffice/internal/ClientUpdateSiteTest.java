package org.fieldbook.backoffice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.fieldbook.backoffice.BackOfficeServer;
import org.fieldbook.backoffice.BackOfficeSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The client's update site under /updates/client/: the files of the folder given to the back office, with the
 * types p2 expects, and nothing else — no listing, nothing outside the folder, no writes, no Java names in errors.
 * One back office serves all tests (a start creates a database); tests that need another start their own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientUpdateSiteTest {

    private static final String SECRET = "the back office's secret";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path temp;

    private Path site;
    private BackOfficeServer server;

    @BeforeAll
    void serveARepository() throws Exception {
        site = Files.createDirectories(temp.resolve("releases/0.2.0"));
        Files.write(site.resolve("content.jar"), new byte[] { 'P', 'K', 3, 4, 0, 1, 2 });
        Files.writeString(site.resolve("artifacts.xml"), "<?xml version='1.0'?><repository/>");
        Files.write(site.resolve("content.xml.xz"), new byte[] { (byte) 0xFD, '7', 'z', 'X', 'Z', 0 });
        Files.writeString(site.resolve("p2.index"), "version=1\nmetadata.repository.factory.order=content.xml.xz,content.xml,!\n");
        Files.writeString(site.resolve("README.bin"), "raw");
        Files.createDirectories(site.resolve("plugins"));
        Files.writeString(site.resolve("plugins/org.fieldbook.app_0.2.0.jar"), "the app bundle");
        Files.writeString(site.resolve(".htpasswd"), SECRET);
        Files.writeString(temp.resolve("releases/secret.txt"), SECRET);
        Files.writeString(temp.resolve("secret.txt"), SECRET);
        server = BackOfficeServer.start(BackOfficeSettings.of(temp.resolve("db")).withAddress("127.0.0.1", 0)
                .withClientUpdates(site));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void theSiteLivesBesideTheWebApi() {
        assertThat(server.clientUpdates().toString()).isEqualTo("http://127.0.0.1:" + server.port() + "/updates/client/");
    }

    @Test
    void aJarIsServedAsAJavaArchiveWithItsBytesAndLength() throws Exception {
        HttpResponse<byte[]> answer = getBytes("content.jar");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/java-archive");
        assertThat(answer.headers().firstValueAsLong("Content-Length")).hasValue(7);
        assertThat(answer.body()).isEqualTo(Files.readAllBytes(site.resolve("content.jar")));
    }

    @Test
    void anXmlRepositoryFileIsServedAsXml() throws Exception {
        HttpResponse<String> answer = get("artifacts.xml");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/xml");
        assertThat(answer.body()).isEqualTo("<?xml version='1.0'?><repository/>");
    }

    @Test
    void compressedMetadataIsServedAsXz() throws Exception {
        HttpResponse<byte[]> answer = getBytes("content.xml.xz");

        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/x-xz");
        assertThat(answer.body()).isEqualTo(Files.readAllBytes(site.resolve("content.xml.xz")));
    }

    @Test
    void p2IndexIsPlainText() throws Exception {
        HttpResponse<String> answer = get("p2.index");

        assertThat(answer.headers().firstValue("Content-Type")).hasValue("text/plain;charset=utf-8");
        assertThat(answer.body()).startsWith("version=1");
    }

    @Test
    void anUnknownKindOfFileIsServedAsBytes() throws Exception {
        assertThat(get("README.bin").headers().firstValue("Content-Type")).hasValue("application/octet-stream");
    }

    @Test
    void aBundleInASubFolderIsServed() throws Exception {
        HttpResponse<String> answer = get("plugins/org.fieldbook.app_0.2.0.jar");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("the app bundle");
    }

    @Test
    void headSaysTheLengthWithoutTheBody() throws Exception {
        HttpResponse<String> answer = HTTP.send(request("plugins/org.fieldbook.app_0.2.0.jar")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValueAsLong("Content-Length")).hasValue("the app bundle".length());
        assertThat(answer.body()).isEmpty();
    }

    @Test
    void anUnchangedFileIsNotSentAgain() throws Exception {
        Instant modified = Instant.parse("2026-11-30T10:15:30Z");
        Files.setLastModifiedTime(site.resolve("artifacts.xml"), FileTime.from(modified));
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.atZone(ZoneOffset.UTC));

        HttpResponse<String> unchanged = HTTP.send(request("artifacts.xml").header("If-Modified-Since", date).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> older = HTTP.send(request("artifacts.xml").header("If-Modified-Since",
                DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.minusSeconds(60).atZone(ZoneOffset.UTC))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(older.statusCode()).isEqualTo(200);
        assertThat(older.headers().firstValue("Last-Modified")).hasValue(date);
    }

    @Test
    void aMissingFileIsAJson404ThatNamesNothingInside() throws Exception {
        HttpResponse<String> answer = get("plugins/org.fieldbook.app_9.9.9.jar");

        ErrorAnswers.assertError(answer, 404);
        assertThat(answer.body()).doesNotContain(site.toString(), "org.fieldbook.app_9");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "plugins/", "plugins" })
    void foldersAreNotListed(String folder) throws Exception {
        HttpResponse<String> answer = get(folder);

        ErrorAnswers.assertError(answer, 404);
        assertThat(answer.body()).doesNotContain("content.jar", "org.fieldbook.app_0.2.0");
    }

    @Test
    void aHiddenFileInTheFolderIsNotServed() throws Exception {
        HttpResponse<String> answer = get(".htpasswd");

        ErrorAnswers.assertError(answer, 404);
        assertThat(answer.body()).doesNotContain(SECRET);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/updates/client/../secret.txt", "/updates/client/../../secret.txt",
            "/updates/client/%2e%2e/secret.txt", "/updates/client/%2E%2E/%2E%2E/secret.txt",
            "/updates/client/plugins%2F..%2F..%2Fsecret.txt", "/updates/client/..%5Csecret.txt",
            "/updates/client/plugins/..%2f..%2fsecret.txt", "/updates/client//etc/passwd",
            "/updates/client/%2Fetc%2Fpasswd", "/updates/client/secret.txt%00.jar" })
    void pathsThatLeadOutOfTheFolderReachNothing(String path) throws Exception {
        RawHttp.Answer answer = RawHttp.send(server, "GET " + path + " HTTP/1.1\r\n", new byte[0]);

        assertThat(answer.status()).as(path + ": " + answer.body()).isBetween(400, 404);
        assertThat(answer.body()).doesNotContain(SECRET, "root:").doesNotContainPattern(ErrorAnswers.INTERNALS);
    }

    @Test
    void aSymbolicLinkOutOfTheFolderIsNotFollowed() throws Exception {
        Files.createSymbolicLink(site.resolve("outside.jar"), temp.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("up"), temp);

        ErrorAnswers.assertError(get("outside.jar"), 404);
        ErrorAnswers.assertError(get("up/secret.txt"), 404);
    }

    @Test
    void aSymbolicLinkWithinTheFolderIsServed() throws Exception {
        Files.createSymbolicLink(site.resolve("linked-app.jar"), site.resolve("plugins/org.fieldbook.app_0.2.0.jar"));

        assertThat(get("linked-app.jar").body()).isEqualTo("the app bundle");
    }

    @ParameterizedTest
    @ValueSource(strings = { "POST", "PUT", "DELETE", "PATCH", "TRACE", "OPTIONS" })
    void theSiteCannotBeWritten(String method) throws Exception {
        HttpResponse<String> answer = HTTP.send(request("plugins/org.fieldbook.app_0.2.0.jar")
                .method(method, HttpRequest.BodyPublishers.ofString("evil")).build(), HttpResponse.BodyHandlers.ofString());

        ErrorAnswers.assertError(answer, 405);
        assertThat(answer.headers().firstValue("Allow")).hasValue("GET, HEAD");
        assertThat(Files.readString(site.resolve("plugins/org.fieldbook.app_0.2.0.jar"))).isEqualTo("the app bundle");
    }

    @Test
    void updatesNeedNoSignInButTheWebApiStillDoes() throws Exception {
        assertThat(get("content.jar").statusCode()).isEqualTo(200);
        assertThat(HTTP.send(HttpRequest.newBuilder(server.serviceRoot().resolve("accounts")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void aFolderReplacedBehindALinkIsServedWithoutARestart() throws Exception {
        Path next = Files.createDirectories(temp.resolve("releases/0.3.0"));
        Files.writeString(next.resolve("artifacts.xml"), "<repository version='0.3.0'/>");
        Path current = Files.createSymbolicLink(temp.resolve("current"), site);
        try (BackOfficeServer linked = BackOfficeServer.start(BackOfficeSettings.of(temp.resolve("linked-db"))
                .withAddress("127.0.0.1", 0).withClientUpdates(current))) {
            assertThat(get(linked, "artifacts.xml").body()).contains("<repository/>");

            Path swap = Files.createSymbolicLink(temp.resolve("current.new"), next);
            Files.move(swap, current, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

            assertThat(get(linked, "artifacts.xml").body()).isEqualTo("<repository version='0.3.0'/>");
            ErrorAnswers.assertError(get(linked, "content.jar"), 404);
        }
    }

    @Test
    void withoutAFolderThereIsNoSite() throws Exception {
        try (BackOfficeServer plain = BackOfficeServer.start(BackOfficeSettings.of(temp.resolve("plain-db"))
                .withAddress("127.0.0.1", 0))) {
            ErrorAnswers.assertError(get(plain, "content.jar"), 404);
        }
    }

    @Test
    void aFolderThatIsMissingStopsTheStartWithWhatToDo() {
        Path missing = temp.resolve("no-such-repository");

        assertThatThrownBy(() -> BackOfficeServer.start(BackOfficeSettings.of(temp.resolve("db2"))
                .withAddress("127.0.0.1", 0).withClientUpdates(missing)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The client updates folder " + missing + " is not a folder: give --client-updates the folder of"
                        + " the client's p2 repository.");
        assertThat(missing).doesNotExist();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server.clientUpdates() + path));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(server, path);
    }

    private static HttpResponse<String> get(BackOfficeServer from, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(from.clientUpdates() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> getBytes(String path) throws Exception {
        return HTTP.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
