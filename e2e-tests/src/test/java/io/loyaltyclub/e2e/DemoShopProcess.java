package io.loyaltyclub.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The demo shop, started once per test run as a merchant starts it: {@code java ... io.loyaltyclub.demo.DemoShop}
 * with demo-site's runtime classpath, on free ports, with a fresh data folder (a first start: the database is
 * created and the demo data loaded). Its output goes to {@code target/e2e-demo-shop.log}.
 */
public final class DemoShopProcess {

    private static DemoShopProcess running;

    private Process process;
    private final List<String> command = new ArrayList<>();
    private final Path demoSite;
    private final java.time.LocalDate firstStartDay;
    private final int sitePort;
    private final int adminPort;
    private final Path log;
    private final Path dataDir;
    private long startMillis;

    private DemoShopProcess(String name, List<String> options) throws IOException {
        this(name, options, null);
    }

    /** With {@code place} null: free ports and a fresh folder under the output folder. */
    private DemoShopProcess(String name, List<String> options, Place place) throws IOException {
        demoSite = Paths.get(System.getProperty("demo.site.dir", "../demo-site")).toAbsolutePath().normalize();
        Path output = Paths.get(System.getProperty("e2e.output.dir", "target")).toAbsolutePath();
        Files.createDirectories(output);
        Path classpathFile = demoSite.resolve("target/runtime-classpath.txt");
        if (!Files.exists(classpathFile)) {
            throw new IllegalStateException("Build demo-site first (" + classpathFile + " is missing)");
        }
        String classpath = demoSite.resolve("target/classes") + java.io.File.pathSeparator
                + new String(Files.readAllBytes(classpathFile), StandardCharsets.UTF_8).trim();
        dataDir = place != null ? place.dataDir()
                : output.resolve("e2e-demo-data-" + name + "-" + System.currentTimeMillis());
        sitePort = place != null ? place.sitePort() : freePort();
        adminPort = place != null ? place.adminPort() : freePort();
        int hsqldbPort = place != null ? place.hsqldbPort() : freePort();
        log = output.resolve("e2e-demo-shop-" + name + ".log");

        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--add-opens");
        command.add("java.base/java.lang=ALL-UNNAMED");
        command.add("--add-opens");
        command.add("java.base/java.util=ALL-UNNAMED");
        command.add("-Xmx768m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Ddemo.site.port=" + sitePort);
        command.add("-Ddemo.admin.port=" + adminPort);
        command.add("-Ddemo.hsqldb.port=" + hsqldbPort);
        command.add("-Ddemo.data.dir=" + dataDir);
        command.add("-Ddemo.db=" + System.getProperty("e2e.demo.db", "hsqldb"));
        // The tests run the club's jobs with Run now; a scheduled run of the same job at the same moment would take
        // its claim ("Not started: another node is running this job") or do the tests' work before they look.
        command.add("-Dloyalty.jobs.intervalSeconds=0");
        command.addAll(options);
        command.add("-cp");
        command.add(classpath);
        command.add("io.loyaltyclub.demo.DemoShop");
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "demo-shop-stop"));
        firstStartDay = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        start();
    }

    /** The day of the first start in the demo store's time zone (UTC): the demo's members' sale day. */
    public java.time.LocalDate firstStartDay() {
        return firstStartDay;
    }

    /** The shop the tests share, started on first use and stopped when the test JVM ends. */
    public static synchronized DemoShopProcess get() {
        if (running == null) {
            running = startNew("shared");
        }
        return running;
    }

    /** A shop of the caller's own, with its own data folder and ports; stop it when done. */
    public static DemoShopProcess startNew(String name) {
        return startNew(name, List.of());
    }

    /** A shop of the caller's own started with these JVM options too (e.g. {@code -Ddemo.jdbc.url=...}). */
    public static DemoShopProcess startNew(String name, List<String> options) {
        try {
            return new DemoShopProcess(name, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A shop of the caller's own on the given ports and data folder (an empty folder is a first start, one of an
     * earlier run keeps its data), started with these JVM options too; stop it when done.
     */
    public static DemoShopProcess startOn(String name, int sitePort, int adminPort, int hsqldbPort, Path dataDir,
                                          List<String> options) {
        try {
            return new DemoShopProcess(name, options, new Place(sitePort, adminPort, hsqldbPort, dataDir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a shop runs: its three ports and its data folder. */
    private record Place(int sitePort, int adminPort, int hsqldbPort, Path dataDir) {
    }

    /** Starts the shop (again, on the same data folder and ports) and waits until both apps answer. */
    public synchronized void start() {
        try {
            startMillis = System.currentTimeMillis();
            process = new ProcessBuilder(command).directory(demoSite.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            waitUntilRunning(Duration.ofSeconds(240));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The process id of the shop's JVM (the storefront's), for {@code jcmd}. */
    public long pid() {
        return process.pid();
    }

    /** The shop's output (both apps' logs), appended to by every start. */
    public Path log() {
        return log;
    }

    /** The shop's data folder (database, assets, the e-mails it wrote in mail/). */
    public Path dataDir() {
        return dataDir;
    }

    public String siteUrl(String path) {
        return "http://localhost:" + sitePort + path;
    }

    public String adminUrl(String path) {
        return "http://localhost:" + adminPort + "/admin" + path;
    }

    /** How long the last start took until both apps answered (a first start includes the demo data). */
    public long startupMillis() {
        return readyMillis - startMillis;
    }

    private long readyMillis;

    private void waitUntilRunning(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The demo shop stopped with exit code " + process.exitValue()
                        + ":\n" + tail());
            }
            String output = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
            if (output.split("demo shop is running", -1).length > starts() && answers(http, siteUrl("/")) && answers(http, adminUrl("/login"))) {
                readyMillis = System.currentTimeMillis();
                starts++;
                return;
            }
            sleep(250);
        }
        stop();
        throw new IllegalStateException("The demo shop did not start within " + timeout.getSeconds() + " s:\n" + tail());
    }

    private int starts;

    /** How many times "demo shop is running" must appear in the log: once per start so far. */
    private int starts() {
        return starts;
    }

    private static boolean answers(HttpClient http, String url) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() < 500;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops the shop as Ctrl-C does: its shutdown hooks stop the admin JVM and close the database. */
    public synchronized void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
