package org.plenary.shared;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

import org.springframework.web.multipart.MultipartFile;

/**
 * A file of a multipart body ({@link MultipartBody}): its bytes in memory, or in a temporary file
 * that lives as long as the request.
 */
final class UploadedFile implements MultipartFile {

    private final String name;
    private final String originalFilename;
    private final String contentType;
    private final long size;
    private final byte[] memory;
    private final Path file;

    UploadedFile(String name, String originalFilename, String contentType, long size, byte[] memory, Path file) {
        this.name = name;
        this.originalFilename = originalFilename;
        this.contentType = contentType;
        this.size = size;
        this.memory = memory;
        this.file = file;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getOriginalFilename() {
        return originalFilename;
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public long getSize() {
        return size;
    }

    @Override
    public byte[] getBytes() throws IOException {
        return file == null ? Arrays.copyOf(memory, (int) size) : Files.readAllBytes(file);
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return file == null ? new ByteArrayInputStream(memory, 0, (int) size) : Files.newInputStream(file);
    }

    @Override
    public void transferTo(File dest) throws IOException {
        transferTo(dest.toPath());
    }

    @Override
    public void transferTo(Path dest) throws IOException {
        try (InputStream in = getInputStream()) {
            Files.copy(in, dest, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
