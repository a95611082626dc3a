package io.loyaltyclub.demo.mail;

import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.mail.Address;
import javax.mail.MessagingException;
import javax.mail.internet.MimeMessage;

/**
 * The demo's {@code blMailSender}: Spring's JavaMailSenderImpl, as in any Broadleaf site, that sends through an SMTP
 * server when a host is set ({@code -Ddemo.mail.host=...}) and otherwise writes each e-mail into a folder
 * ({@code data/mail}) as an {@code .eml} file that a mail program or a browser opens.
 */
public class DemoMailSender extends JavaMailSenderImpl {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private File folder;

    public void setFolder(File folder) {
        this.folder = folder;
    }

    public File getFolder() {
        return folder;
    }

    /** Whether mail goes to an SMTP server (a host is set) rather than into the folder. */
    public boolean isSmtp() {
        return getHost() != null && !getHost().trim().isEmpty();
    }

    @Override
    protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) throws MailException {
        if (isSmtp()) {
            super.doSend(mimeMessages, originalMessages);
            return;
        }
        Map<Object, Exception> failed = new LinkedHashMap<Object, Exception>();
        for (int i = 0; i < mimeMessages.length; i++) {
            MimeMessage message = mimeMessages[i];
            try {
                write(message);
            } catch (IOException | MessagingException e) {
                failed.put(originalMessages != null ? originalMessages[i] : message, e);
            }
        }
        if (!failed.isEmpty()) {
            throw new MailSendException(failed);
        }
    }

    private void write(MimeMessage message) throws IOException, MessagingException {
        if (!folder.isDirectory() && !folder.mkdirs()) {
            throw new IOException("Cannot create the mail folder " + folder);
        }
        if (message.getSentDate() == null) {
            message.setSentDate(new Date());
        }
        message.saveChanges();
        String name = new SimpleDateFormat("yyyyMMdd-HHmmss-SSS").format(new Date()) + "-"
                + SEQUENCE.incrementAndGet() + "-" + recipient(message) + ".eml";
        File file = new File(folder, name);
        File partial = new File(folder, name + ".part");
        try (OutputStream out = new FileOutputStream(partial)) {
            message.writeTo(out);
        }
        if (!partial.renameTo(file)) {
            throw new IOException("Cannot name the mail file " + file);
        }
    }

    private static String recipient(MimeMessage message) throws MessagingException {
        Address[] to = message.getAllRecipients();
        String address = to == null || to.length == 0 ? "nobody" : to[0].toString();
        return address.replaceAll("[^A-Za-z0-9@._+-]", "_");
    }
}
