package org.smartbizflow.crm.jpa;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * Lets the embedded PostgreSQL start when the build runs as root (CI containers do), which
 * PostgreSQL itself refuses. The bundled binaries are unpacked ahead of the library, into the
 * folder it would use ({@code PG-<md5 of the archive>}, marked {@code .exists} so it does not
 * unpack again), and {@code initdb} and {@code pg_ctl} are replaced by small scripts that hand
 * the data directory to {@code nobody} and run the real programs as that user. Run by a
 * non-root user the scripts just call the real programs. Public because the benchmarks start
 * their PostgreSQL the same way (through this module's test-jar).
 */
public final class EmbeddedPostgresBinaries {

    private static final String SYSTEM = "Linux";
    private static final String ARCHITECTURE = "x86_64";
    private static final String[] WRAPPED = {"initdb", "pg_ctl"};

    private EmbeddedPostgresBinaries() {
    }

    /**
     * Prepares the binaries under {@code workingDirectory}; idempotent across JVMs. Elsewhere
     * than on Linux x86-64 (developer laptops, never root) the library unpacks as usual.
     */
    public static void prepare(Path workingDirectory) {
        if (!System.getProperty("os.name").startsWith("Linux")
                || !List.of("amd64", "x86_64").contains(System.getProperty("os.arch"))) {
            return;
        }
        try {
            byte[] archive;
            try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(SYSTEM, ARCHITECTURE)) {
                archive = in.readAllBytes();
            }
            Path target = workingDirectory.resolve("PG-" + HexFormat.of().formatHex(
                    MessageDigest.getInstance("MD5").digest(archive)));
            if (Files.exists(target.resolve(".exists"))) {
                return;
            }
            Files.createDirectories(workingDirectory);
            Path staging = Files.createTempDirectory(workingDirectory, "staging-");
            // Temporary directories are private; the unprivileged server must read the binaries.
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(workingDirectory, PosixFilePermissions.fromString("rwxr-xr-x"));
            unpack(archive, staging);
            for (String program : WRAPPED) {
                Path bin = staging.resolve("bin");
                Files.move(bin.resolve(program), bin.resolve(program + ".real"));
                Path script = bin.resolve(program);
                Files.writeString(script, wrapper(program), StandardCharsets.UTF_8);
                script.toFile().setExecutable(true, false);
            }
            Files.createFile(staging.resolve(".exists"));
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException raced) {
                deleteTree(staging);
            } catch (IOException raced) {
                // Another JVM finished first and the target is not empty.
                if (!Files.exists(target.resolve(".exists"))) {
                    throw raced;
                }
                deleteTree(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void unpack(byte[] archive, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZInputStream(new ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("archive entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else if (entry.isSymbolicLink() || entry.isLink()) {
                    Files.createDirectories(file.getParent());
                    Files.createSymbolicLink(file, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(tar, file, StandardCopyOption.REPLACE_EXISTING);
                    if ((entry.getMode() & 0111) != 0 || entry.getName().startsWith("bin/")) {
                        file.toFile().setExecutable(true, false);
                    }
                }
            }
        }
    }

    private static String wrapper(String program) {
        return """
                #!/bin/sh
                # PostgreSQL refuses to run as root: as root, hand the data directory to nobody and
                # run the real program as nobody; otherwise run it directly.
                real="$(dirname "$0")/%s.real"
                if [ "$(id -u)" != "0" ]; then
                  exec "$real" "$@"
                fi
                data=""
                previous=""
                for argument in "$@"; do
                  if [ "$previous" = "-D" ]; then data="$argument"; fi
                  previous="$argument"
                done
                if [ -n "$data" ]; then
                  mkdir -p "$data"
                  chown -R 65534:65534 "$data"
                fi
                exec setpriv --reuid=65534 --regid=65534 --clear-groups "$real" "$@"
                """.formatted(program);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
