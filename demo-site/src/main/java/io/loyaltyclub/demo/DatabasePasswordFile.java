package io.loyaltyclub.demo;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The embedded database's password: made on the first start (24 random bytes), kept in {@code <data>/db/password},
 * readable by its owner only where the file system allows it. Both JVMs of the demo read it from there; it is never
 * passed on a command line.
 */
final class DatabasePasswordFile {

    private static final SecureRandom RANDOM = new SecureRandom();

    private DatabasePasswordFile() {
    }

    static File of(File dataDir) {
        return new File(new File(dataDir, "db"), "password");
    }

    /** The kept password, or null when there is none yet. */
    static String read(File dataDir) {
        File file = of(dataDir);
        if (!file.isFile()) {
            return null;
        }
        try {
            String password = new String(Files.readAllBytes(file.toPath()), StandardCharsets.UTF_8).trim();
            return password.isEmpty() ? null : password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the database password " + file, e);
        }
    }

    /** A new password, kept in the file (replacing any earlier one) before it is returned. */
    static String create(File dataDir) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Path file = of(dataDir).toPath();
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling("password.new");
            Files.deleteIfExists(temp);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(temp);
            }
            Files.write(temp, password.getBytes(StandardCharsets.UTF_8));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the database password " + file, e);
        }
        return password;
    }
}
