package io.loyaltyclub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.File;

class DemoSettingsTest {

    @AfterEach
    void forgetTheOption() {
        System.clearProperty("demo.jdbc.password");
        System.clearProperty("demo.bind.address");
    }

    @Test
    void the_web_servers_listen_on_this_computer_only_unless_told_otherwise() {
        assertThat(DemoSettings.of(1, 2, new File("target/no-such-data"), "hsqldb", 3).bindAddress())
                .isEqualTo("127.0.0.1");
        System.setProperty("demo.bind.address", "");
        assertThat(DemoSettings.of(1, 2, new File("target/no-such-data"), "hsqldb", 3).bindAddress())
                .isEqualTo("127.0.0.1");
        System.setProperty("demo.bind.address", "0.0.0.0");
        DemoSettings everywhere = DemoSettings.of(1, 2, new File("target/no-such-data"), "hsqldb", 3);
        assertThat(everywhere.bindAddress()).isEqualTo("0.0.0.0");
        // The admin JVM gets it with the other settings.
        assertThat(everywhere.asProperties()).containsEntry("demo.bind.address", "0.0.0.0");
    }

    @Test
    void an_empty_password_option_keeps_the_embedded_databases_own_password() {
        // A build tool passing an option nobody set gives an empty value: it must not become the database's password.
        System.setProperty("demo.jdbc.password", "");
        DemoSettings settings = DemoSettings.of(1, 2, new File("target/no-such-data"), "hsqldb", 3);
        assertThat(settings.isPasswordInDataFolder()).isTrue();
    }

    @Test
    void a_given_password_is_used_as_it_is() {
        System.setProperty("demo.jdbc.password", "chosen");
        DemoSettings settings = DemoSettings.of(1, 2, new File("target/no-such-data"), "hsqldb", 3);
        assertThat(settings.isPasswordInDataFolder()).isFalse();
        assertThat(settings.jdbcPassword()).isEqualTo("chosen");
        assertThat(DemoSettings.of(1, 2, new File("target/no-such-data"), "postgres", 3).jdbcPassword())
                .isEqualTo("chosen");
    }
}
