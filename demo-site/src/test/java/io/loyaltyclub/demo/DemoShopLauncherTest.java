package io.loyaltyclub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Properties;

class DemoShopLauncherTest {

    @Test
    void every_demo_option_of_the_command_line_reaches_the_shop_and_nothing_else() {
        Properties maven = new Properties();
        maven.setProperty("demo.site.port", "18080");
        maven.setProperty("demo.data.dir", "/tmp/a folder");
        maven.setProperty("demo.jdbc.password", "p w");
        maven.setProperty("demo.mail.host", "smtp.example.com");
        maven.setProperty("demo.pool.size", "12");
        maven.setProperty("demo.jvm.flags", "-Xmx1g");
        maven.setProperty("maven.home", "/opt/maven");
        maven.setProperty("demos", "not an option");

        List<String> command = DemoShopLauncher.command("/jdk/bin/java", " -Xmx768m  -XX:+UseSerialGC ", maven, "a.jar:b.jar");

        assertThat(command).containsExactly("/jdk/bin/java", "-Xmx768m", "-XX:+UseSerialGC",
                "-Ddemo.data.dir=/tmp/a folder", "-Ddemo.jdbc.password=p w", "-Ddemo.mail.host=smtp.example.com",
                "-Ddemo.pool.size=12", "-Ddemo.site.port=18080", "-classpath", "a.jar:b.jar",
                "io.loyaltyclub.demo.DemoShop");
    }

    @Test
    void without_options_the_shop_gets_its_flags_and_classpath_only() {
        List<String> command = DemoShopLauncher.command("java", "", new Properties(), "c");

        assertThat(command).containsExactly("java", "-classpath", "c", "io.loyaltyclub.demo.DemoShop");
    }
}
