package org.plenary.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Blobs on the local file system: {@code <root>/sha256/ab/abcd…}. A blob appears only complete:
 * the upload is written to a temporary file on the same file system, forced to disk, moved into
 * place atomically, and the directory is forced too.
 */
class LocalBlobStore implements BlobStore {

    private final Path root;

    LocalBlobStore(Path root) throws IOException {
        this.root = root.resolve("sha256").toAbsolutePath().normalize();
        Files.createDirectories(this.root);
    }

    Path path(String sha256) {
        BlobStore.checkHash(sha256);
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    @Override
    public void put(Path file, String sha256) throws IOException {
        Path target = path(sha256);
        if (Files.exists(target)) {
            Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
            Files.deleteIfExists(file);
            return;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Path dir = target.getParent();
        Files.createDirectories(dir);
        try {
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(file); // the same bytes arrived meanwhile
        }
        forceDirectory(dir);
    }

    static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // some file systems do not allow opening a directory; the move itself is still atomic
        }
    }

    @Override
    public InputStream open(String sha256, long offset) throws IOException {
        SeekableByteChannel ch = Files.newByteChannel(path(sha256), StandardOpenOption.READ);
        try {
            ch.position(offset);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        return Channels.newInputStream(ch);
    }

    @Override
    public boolean exists(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    @Override
    public void forEachOlderThan(Instant before, Consumer<String> action) throws IOException {
        try (Stream<Path> files = Files.walk(root, 2)) {
            files.filter(Files::isRegularFile).forEach(p -> {
                try {
                    if (Files.getLastModifiedTime(p).toInstant().isBefore(before)
                            && p.getFileName().toString().matches("[0-9a-f]{64}")) {
                        action.accept(p.getFileName().toString());
                    }
                } catch (NoSuchFileException e) {
                    // removed meanwhile
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Override
    public void delete(String sha256) throws IOException {
        Files.deleteIfExists(path(sha256));
    }
}
