package io.loyaltyclub.demo.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.FileInputStream;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Properties;
import javax.mail.Session;
import javax.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.MimeMessageHelper;

class DemoMailSenderTest {

    @TempDir
    Path temp;

    @Test
    void without_an_smtp_host_each_mail_is_a_file_a_mail_program_opens() throws Exception {
        DemoMailSender sender = new DemoMailSender();
        File folder = temp.resolve("mail").toFile();
        sender.setFolder(folder);
        sender.setHost("");

        sender.send(message -> {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom("club@shop.example");
            helper.setTo("dana@example.com");
            helper.setSubject("ברוכים הבאים למועדון");
            helper.setText("<p dir=\"rtl\">תודה</p>", true);
        });

        File[] written = folder.listFiles();
        assertThat(written).hasSize(1);
        assertThat(written[0].getName()).endsWith("-dana@example.com.eml");
        try (InputStream in = new FileInputStream(written[0])) {
            MimeMessage read = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(read.getSubject()).isEqualTo("ברוכים הבאים למועדון");
            assertThat(read.getAllRecipients()[0].toString()).isEqualTo("dana@example.com");
            assertThat((String) read.getContent()).contains("תודה");
        }
    }

    @Test
    void with_an_smtp_host_mail_goes_to_the_server_and_no_file_is_written() throws Exception {
        DemoMailSender sender = new DemoMailSender();
        File folder = temp.resolve("smtp-mail").toFile();
        sender.setFolder(folder);
        sender.setHost("127.0.0.1");
        try (ServerSocket unused = new ServerSocket(0)) {
            sender.setPort(unused.getLocalPort());
        }

        assertThatThrownBy(() -> sender.send(message -> {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom("club@shop.example");
            helper.setTo("dana@example.com");
            helper.setSubject("Hello");
            helper.setText("Hello");
        })).as("nobody listens on that port").isInstanceOf(MailSendException.class);
        assertThat(folder).doesNotExist();
    }
}
