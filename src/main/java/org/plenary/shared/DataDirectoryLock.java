package org.plenary.shared;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One application per data directory: an OS lock on {@code postgres.lock}, held for the whole
 * life of the instance that runs the bundled PostgreSQL there. The operating system releases it
 * when the process ends, even on SIGKILL, so a held lock always means a live owner. A start that
 * cannot take it refuses and touches nothing; only the holder may stop a PostgreSQL left over in
 * the directory by an earlier run whose process is gone.
 */
public final class DataDirectoryLock implements AutoCloseable {

    static final String FILE = "postgres.lock";
    private static final Logger log = LoggerFactory.getLogger(DataDirectoryLock.class);

    private final Path directory;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(Path directory, FileChannel channel, FileLock lock) {
        this.directory = directory;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the directory, or fails with {@link DataDirectoryInUseException} if a live process holds it. */
    public static DataDirectoryLock acquire(Path dataDir) throws IOException {
        Path dir = Files.createDirectories(dataDir.toAbsolutePath().normalize());
        FileChannel channel = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another application context in this JVM
        }
        if (lock == null) {
            String holder = holder(channel);
            channel.close();
            throw new DataDirectoryInUseException(dir, holder);
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        channel.force(false);
        return new DataDirectoryLock(dir, channel, lock);
    }

    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            channel.read(buffer, 0);
            return new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            return "";
        }
    }

    public Path directory() {
        return directory;
    }

    /**
     * After a hard kill of the application its PostgreSQL child may still run and hold
     * {@code postmaster.pid}. Holding the lock proves its owner is gone; the pid must still be a
     * postgres process serving this very directory and started before the pid file was last
     * written (not a recycled pid), or it is left alone.
     */
    public void stopLeftOverServer(Path pgDir) throws IOException {
        if (!lock.isValid()) {
            throw new IllegalStateException("The lock on " + directory + " was released");
        }
        Path pidFile = pgDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !serves(process.get(), lines, pgDir, Files.getLastModifiedTime(pidFile).toInstant())) {
            return;
        }
        log.warn("Stopping PostgreSQL left over from an earlier run (pid {}) in {}", pid, pgDir);
        ProcessHandle handle = process.get();
        handle.destroy();
        try {
            handle.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
        }
    }

    private static boolean serves(ProcessHandle process, List<String> pidLines, Path pgDir, Instant pidFileWritten)
            throws IOException {
        ProcessHandle.Info info = process.info();
        String command = info.command().orElse("");
        if (!command.endsWith("/postgres") && !command.endsWith("\\postgres.exe")) {
            return false;
        }
        if (pidLines.size() < 2 || !Files.exists(Path.of(pidLines.get(1).trim()))
                || !Files.isSameFile(Path.of(pidLines.get(1).trim()), pgDir)) {
            return false;
        }
        return info.startInstant().map(started -> !started.isAfter(pidFileWritten.plusSeconds(1))).orElse(true);
    }

    @Override
    public void close() throws IOException {
        channel.close(); // releases the lock
    }

    /** Another live application holds the data directory. */
    public static final class DataDirectoryInUseException extends IllegalStateException {

        private final transient Path directory;

        DataDirectoryInUseException(Path directory, String holder) {
            super("The data directory " + directory + " is in use by another running Plenary instance"
                    + (holder.isEmpty() ? "" : " (process " + holder + ")")
                    + ". This instance did not start and changed nothing there. Stop the other instance first, "
                    + "or give this one its own directory (PLENARY_DATA_DIR).");
            this.directory = directory;
        }

        public Path directory() {
            return directory;
        }
    }
}
