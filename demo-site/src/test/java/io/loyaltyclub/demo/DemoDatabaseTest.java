package io.loyaltyclub.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hsqldb.server.Server;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;

/** The embedded demo database: its password and where it listens, on a real HSQLDB server on a free port. */
class DemoDatabaseTest {

    @TempDir
    Path data;

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private DemoSettings settings(int port) {
        return DemoSettings.of(1, 2, data.toFile(), "hsqldb", port);
    }

    private static boolean signsIn(DemoSettings settings, String password) {
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), "SA", password)) {
            return true;
        } catch (SQLException refused) {
            return false;
        }
    }

    @Test
    void a_new_database_has_a_generated_password_kept_in_the_data_folder_and_refuses_an_empty_one() throws Exception {
        DemoSettings settings = settings(freePort());
        DemoDatabase database = new DemoDatabase(settings);
        database.start();
        try {
            File file = DatabasePasswordFile.of(data.toFile());
            String password = new String(Files.readAllBytes(file.toPath()), "UTF-8").trim();
            assertThat(password).hasSizeGreaterThanOrEqualTo(32);
            assertThat(settings.jdbcPassword()).isEqualTo(password);
            assertThat(settings.asProperties()).containsEntry("demo.jdbc.password", password);
            if (Files.getFileAttributeView(file.toPath(), java.nio.file.attribute.PosixFileAttributeView.class) != null) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.toPath()))).isEqualTo("rw-------");
            }
            assertThat(signsIn(settings, "")).as("SA with an empty password").isFalse();
            assertThat(signsIn(settings, password)).isTrue();
            assertThat(database.hasSchema()).isFalse();
        } finally {
            database.stop();
        }
        // A second demo start on the same folder keeps the same password.
        String first = DatabasePasswordFile.read(data.toFile());
        DemoDatabase again = new DemoDatabase(settings);
        again.start();
        try {
            assertThat(DatabasePasswordFile.read(data.toFile())).isEqualTo(first);
            assertThat(signsIn(settings, first)).isTrue();
        } finally {
            again.stop();
        }
    }

    @Test
    void the_server_listens_on_the_loopback_address_only() throws Exception {
        int port = freePort();
        DemoDatabase database = new DemoDatabase(settings(port));
        database.start();
        try {
            try (Socket local = new Socket()) {
                local.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
            }
            InetAddress other = null;
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (!address.isLoopbackAddress() && address instanceof java.net.Inet4Address && nic.isUp()) {
                        other = address;
                    }
                }
            }
            Assumptions.assumeTrue(other != null, "this machine has no other address to try");
            InetAddress outside = other;
            assertThatThrownBy(() -> {
                try (Socket remote = new Socket()) {
                    remote.connect(new InetSocketAddress(outside, port), 2000);
                }
            }).as("connecting on " + outside).isInstanceOf(IOException.class);
        } finally {
            database.stop();
        }
    }

    /** A database as demos before the password made it: SA with an empty password, and some data. */
    private void olderDemoDatabase(int port) throws Exception {
        Server server = new Server();
        server.setLogWriter(null);
        server.setErrWriter(null);
        server.setSilent(true);
        server.setNoSystemExit(true);
        server.setDatabaseName(0, "shop");
        server.setDatabasePath(0, "file:" + data.resolve("db/shop"));
        server.setAddress("127.0.0.1");
        server.setPort(port);
        server.start();
        try (Connection c = DriverManager.getConnection("jdbc:hsqldb:hsql://127.0.0.1:" + port + "/shop", "SA", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE BLC_CUSTOMER (CUSTOMER_ID BIGINT PRIMARY KEY, USER_NAME VARCHAR(100))");
            s.execute("INSERT INTO BLC_CUSTOMER VALUES (1, 'alice@example.com')");
            s.execute("SHUTDOWN");
        }
        server.stop();
    }

    @Test
    void an_older_demo_database_gets_a_password_and_keeps_its_data() throws Exception {
        int port = freePort();
        olderDemoDatabase(port);
        DemoSettings settings = settings(port);
        DemoDatabase database = new DemoDatabase(settings);
        database.start();
        try {
            String password = DatabasePasswordFile.read(data.toFile());
            assertThat(password).isNotNull();
            assertThat(signsIn(settings, "")).isFalse();
            assertThat(database.hasSchema()).isTrue();
            try (Connection c = database.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT USER_NAME FROM BLC_CUSTOMER")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("alice@example.com");
            }
        } finally {
            database.stop();
        }
    }

    @Test
    void a_database_whose_password_file_is_lost_is_refused_with_what_to_do() throws Exception {
        int port = freePort();
        DemoSettings settings = settings(port);
        DemoDatabase database = new DemoDatabase(settings);
        database.start();
        database.stop();
        Files.delete(DatabasePasswordFile.of(data.toFile()).toPath());
        DemoDatabase again = new DemoDatabase(settings);
        assertThatThrownBy(again::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not accept the password").hasMessageContaining("to start over");
        again.stop();
    }
}
