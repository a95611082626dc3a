package io.loyaltyclub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The README's own command with the README's options: {@code ./mvnw -Pdemo package -Ddemo.site.port=...
 * -Ddemo.admin.port=... -Ddemo.hsqldb.port=... -Ddemo.data.dir=...} started from the repository's root through the
 * wrapper (only demo-site and what it needs: the modules this build already made are up to date, so Maven only checks
 * them), answers on those ports, keeps its data in that folder, and hands every other {@code demo.*} option (mail,
 * JDBC, one the shop does not know yet) to the shop. Stopped by ending Maven's whole process tree.
 */
class DemoOptionsIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void the_readmes_command_runs_the_shop_on_the_ports_and_in_the_folder_it_is_given() throws Exception {
        Path root = Paths.get(System.getProperty("demo.site.dir", "../demo-site")).toAbsolutePath().normalize()
                .getParent();
        Path output = Paths.get(System.getProperty("e2e.output.dir", "target")).toAbsolutePath();
        Path dataDir = output.resolve("e2e-demo-options-" + System.currentTimeMillis());
        Path log = output.resolve("e2e-demo-options.log");
        int sitePort = freePort();
        int adminPort = freePort();
        int hsqldbPort = freePort();
        List<String> command = new ArrayList<>(Arrays.asList(root.resolve("mvnw").toString(), "-B", "-Pdemo", "package",
                "-pl", "demo-site", "-am",
                "-Ddemo.site.port=" + sitePort, "-Ddemo.admin.port=" + adminPort, "-Ddemo.hsqldb.port=" + hsqldbPort,
                "-Ddemo.data.dir=" + dataDir,
                "-Ddemo.mail.starttls=false", "-Ddemo.mail.port=2525",
                "-Ddemo.e2e.probe=an option with spaces"));
        Process maven = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                    .failFast("Maven stopped; see " + log, () -> !maven.isAlive())
                    .until(() -> answers("http://localhost:" + sitePort + "/")
                            && answers("http://localhost:" + adminPort + "/admin/login"));

            assertThat(body("http://localhost:" + sitePort + "/")).contains("Kitchen");
            // By default both web servers listen on this computer only: the machine's own network address is refused.
            InetAddress outward = networkAddress();
            assertThat(connects(outward, sitePort)).as("storefront on " + outward).isFalse();
            assertThat(connects(outward, adminPort)).as("admin on " + outward).isFalse();
            assertThat(connects(InetAddress.getLoopbackAddress(), adminPort)).as("admin on 127.0.0.1").isTrue();
            assertThat(Files.isDirectory(dataDir.resolve("db"))).as("the database in the given folder").isTrue();
            try (Stream<Path> files = Files.list(dataDir.resolve("db"))) {
                assertThat(files.count()).isPositive();
            }

            ProcessHandle shop = jvmRunning(maven, "io.loyaltyclub.demo.DemoShop");
            assertThat(arguments(shop)).contains("-Ddemo.site.port=" + sitePort, "-Ddemo.data.dir=" + dataDir,
                    "-Ddemo.mail.starttls=false", "-Ddemo.mail.port=2525", "-Ddemo.e2e.probe=an option with spaces");
            // The admin JVM gets the shop's settings as the shop read them.
            ProcessHandle admin = jvmRunning(maven, "io.loyaltyclub.demo.AdminConsole");
            assertThat(arguments(admin)).contains("-Ddemo.admin.port=" + adminPort, "-Ddemo.data.dir=" + dataDir,
                    "-Ddemo.mail.starttls=false", "-Ddemo.mail.port=2525");
        } finally {
            stopTree(maven);
        }
        assertThat(answers("http://localhost:" + sitePort + "/")).as("stopped").isFalse();
    }

    private static ProcessHandle jvmRunning(Process maven, String mainClass) {
        Optional<ProcessHandle> found = maven.toHandle().descendants()
                .filter(p -> arguments(p).contains(mainClass)).findFirst();
        assertThat(found).as("a JVM running " + mainClass + " under Maven").isPresent();
        return found.get();
    }

    /** The process's command line, read from Linux's /proc (ProcessHandle.Info cuts long ones off at 4 KB). */
    private static List<String> arguments(ProcessHandle process) {
        try {
            byte[] line = Files.readAllBytes(Paths.get("/proc", Long.toString(process.pid()), "cmdline"));
            return Arrays.asList(new String(line, java.nio.charset.StandardCharsets.UTF_8).split("\u0000"));
        } catch (IOException gone) {
            return List.of();
        }
    }

    /** Ends Maven and everything it started (the shop's JVM, the admin's), Maven first: its hook stops the shop. */
    private static void stopTree(Process maven) throws InterruptedException {
        List<ProcessHandle> tree = maven.toHandle().descendants().collect(Collectors.toList());
        maven.destroy();
        if (!maven.waitFor(60, TimeUnit.SECONDS)) {
            maven.destroyForcibly();
        }
        for (ProcessHandle process : tree) {
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception stillRunning) {
                process.destroyForcibly();
            }
        }
    }

    private boolean answers(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() < 500;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String body(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    /** An IPv4 address of this machine other than the loopback one: the address others on its network reach. */
    private static InetAddress networkAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address) {
                    return address;
                }
            }
        }
        throw new AssertionError("this machine has no network address besides 127.0.0.1");
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
