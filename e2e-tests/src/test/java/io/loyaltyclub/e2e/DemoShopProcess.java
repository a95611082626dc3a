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

    private final Process process;
    private final int sitePort;
    private final int adminPort;
    private final Path log;
    private final long startMillis;

    private DemoShopProcess() throws IOException {
        Path demoSite = Paths.get(System.getProperty("demo.site.dir", "../demo-site")).toAbsolutePath().normalize();
        Path output = Paths.get(System.getProperty("e2e.output.dir", "target")).toAbsolutePath();
        Files.createDirectories(output);
        Path classpathFile = demoSite.resolve("target/runtime-classpath.txt");
        if (!Files.exists(classpathFile)) {
            throw new IllegalStateException("Build demo-site first (" + classpathFile + " is missing)");
        }
        String classpath = demoSite.resolve("target/classes") + java.io.File.pathSeparator
                + new String(Files.readAllBytes(classpathFile), StandardCharsets.UTF_8).trim();
        Path dataDir = output.resolve("e2e-demo-data-" + System.currentTimeMillis());
        sitePort = freePort();
        adminPort = freePort();
        int hsqldbPort = freePort();
        log = output.resolve("e2e-demo-shop.log");

        List<String> command = new ArrayList<>();
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
        command.add("-cp");
        command.add(classpath);
        command.add("io.loyaltyclub.demo.DemoShop");
        startMillis = System.currentTimeMillis();
        process = new ProcessBuilder(command).directory(demoSite.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "demo-shop-stop"));
        waitUntilRunning(Duration.ofSeconds(240));
    }

    /** The shop, started on first use and stopped when the test JVM ends. */
    public static synchronized DemoShopProcess get() {
        if (running == null) {
            try {
                running = new DemoShopProcess();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return running;
    }

    public String siteUrl(String path) {
        return "http://localhost:" + sitePort + path;
    }

    public String adminUrl(String path) {
        return "http://localhost:" + adminPort + "/admin" + path;
    }

    /** How long the first start (database creation and demo data included) took until both apps answered. */
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
            if (output.contains("demo shop is running") && answers(http, siteUrl("/")) && answers(http, adminUrl("/login"))) {
                readyMillis = System.currentTimeMillis();
                return;
            }
            sleep(250);
        }
        stop();
        throw new IllegalStateException("The demo shop did not start within " + timeout.getSeconds() + " s:\n" + tail());
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

    private synchronized void stop() {
        if (process.isAlive()) {
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
