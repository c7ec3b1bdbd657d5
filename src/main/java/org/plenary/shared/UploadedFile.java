package org.plenary.shared;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.commons.io.output.DeferredFileOutputStream;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file of a multipart body ({@link MultipartBody}): its bytes in memory, or in a temporary file
 * that lives as long as the request.
 */
final class UploadedFile implements MultipartFile {

    private final String name;
    private final String originalFilename;
    private final String contentType;
    private final DeferredFileOutputStream content;

    /** {@code content} closed: the file's bytes, in memory or in its temporary file. */
    UploadedFile(String name, String originalFilename, String contentType, DeferredFileOutputStream content) {
        this.name = name;
        this.originalFilename = originalFilename;
        this.contentType = contentType;
        this.content = content;
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
        return getSize() == 0;
    }

    @Override
    public long getSize() {
        return content.getByteCount();
    }

    @Override
    public byte[] getBytes() throws IOException {
        return content.isInMemory() ? content.getData() : Files.readAllBytes(content.getPath());
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return content.toInputStream();
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
