package org.plenary.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.io.output.DeferredFileOutputStream;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.io.Content;
import org.springframework.http.ContentDisposition;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads one multipart body with Jetty's parser ({@link MultipartForms}), in 64 KB steps: the fields as
 * UTF-8 text, the files in memory up to the threshold and in a temporary file beyond it (commons-io's
 * {@link DeferredFileOutputStream}), within the
 * limits (body, file, parts, part headers, fields). Jetty's parser swallows what a callback throws, so
 * the first failure is kept here and thrown at the end.
 */
final class MultipartReader implements MultiPart.Parser.Listener {

    /** One read of the body: what Tomcat reads from the socket at once. */
    private static final int READ_SIZE = SocketBuffers.BYTES;

    /** A body read: the fields by name, the files by name, the fields' declared content types. */
    record Parsed(Map<String, String[]> fields, MultiValueMap<String, MultipartFile> files,
            Map<String, String> contentTypes) {
    }

    private final MultipartForms.Limits limits;
    private final long declaredLength;
    private final List<Path> temporaryFiles;
    private final MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
    private final MultiValueMap<String, MultipartFile> files = new LinkedMultiValueMap<>();
    private final Map<String, String> contentTypes = new HashMap<>();
    private MultipartException failure;
    private boolean complete;
    private long fieldBytes;
    private int parts;

    private String disposition;
    private String contentType;
    private String name;
    private String fileName;
    /** The current part's bytes: in memory up to its threshold, then in a temporary file. */
    private DeferredFileOutputStream part;

    /** {@code temporaryFiles} receives each temporary file as it is made (the caller removes them). */
    MultipartReader(MultipartForms.Limits limits, long declaredLength, List<Path> temporaryFiles) {
        this.limits = limits;
        this.declaredLength = declaredLength;
        this.temporaryFiles = temporaryFiles;
    }

    /** Reads the whole body from {@code in}: its fields and files, or the first failure thrown. */
    Parsed read(InputStream in, String boundary) throws MultipartException {
        MultiPart.Parser parser = new MultiPart.Parser(boundary, this);
        parser.setMaxParts(MultipartForms.MAX_PARTS + 1); // a backstop: onPartBegin counts and says so first
        parser.setPartHeadersMaxLength(MultipartForms.MAX_PART_HEADERS);
        try {
            byte[] buffer = new byte[READ_SIZE];
            long total = 0;
            int n;
            while (failure == null && !complete && (n = in.read(buffer)) != -1) {
                total += n;
                if (total > limits.maxRequestSize()) {
                    fail(new MaxUploadSizeExceededException(limits.maxRequestSize()));
                    break;
                }
                parser.parse(Content.Chunk.from(ByteBuffer.wrap(buffer, 0, n), false));
            }
            if (failure == null && !complete) {
                parser.parse(Content.Chunk.EOF);
            }
        } catch (IOException e) {
            fail(new MultipartException("the multipart body could not be read", e));
        } finally {
            closeCurrent();
        }
        if (failure == null && !complete) {
            fail(new MultipartException("the multipart body ends before its last boundary"));
        }
        if (failure != null) {
            throw failure;
        }
        Map<String, String[]> byName = new LinkedHashMap<>();
        fields.forEach((k, v) -> byName.put(k, v.toArray(String[]::new)));
        return new Parsed(byName, files, contentTypes);
    }

    private void fail(MultipartException e) {
        if (failure == null) {
            failure = e;
        }
    }

    @Override
    public void onPartBegin() {
        if (++parts > MultipartForms.MAX_PARTS) {
            fail(new MultipartLimitException("problem.uploadTooManyParts", MultipartForms.MAX_PARTS));
        }
        closeCurrent();
        disposition = null;
        contentType = null;
        name = null;
        fileName = null;
    }

    @Override
    public void onPartHeader(String header, String value) {
        if ("Content-Disposition".equalsIgnoreCase(header)) {
            disposition = value;
        } else if ("Content-Type".equalsIgnoreCase(header)) {
            contentType = value;
        }
    }

    @Override
    public void onPartHeaders() {
        if (failure != null) {
            return;
        }
        ContentDisposition cd;
        try {
            cd = ContentDisposition.parse(disposition == null ? "" : disposition);
        } catch (IllegalArgumentException e) {
            fail(new MultipartException("a part without a readable Content-Disposition", e));
            return;
        }
        if (!cd.isFormData() || cd.getName() == null) {
            fail(new MultipartException("a part that is not a named form field"));
            return;
        }
        name = cd.getName();
        fileName = cd.getFilename();
        // a field stays in memory (MAX_FIELD_BYTES bounds it), a file up to the threshold; the first
        // buffer is as large as the body lets the part be, so a file kept in memory is one array
        long threshold = fileName == null ? Integer.MAX_VALUE : Math.min(limits.memoryThreshold(), Integer.MAX_VALUE);
        long expected = declaredLength > 0 ? declaredLength : READ_SIZE;
        long firstBuffer = Math.min(expected, fileName == null ? 1024 : threshold + 1);
        part = DeferredFileOutputStream.builder().setThreshold((int) threshold)
                .setBufferSize((int) Math.max(16, Math.min(firstBuffer, Integer.MAX_VALUE - 16)))
                .setDirectory(limits.location()).setPrefix("plenary-upload-").setSuffix(".part").get();
    }

    @Override
    public void onPartContent(Content.Chunk chunk) {
        ByteBuffer bytes = chunk.getByteBuffer();
        if (failure != null || part == null || !bytes.hasRemaining()) {
            return;
        }
        if (fileName == null && (fieldBytes += bytes.remaining()) > MultipartForms.MAX_FIELD_BYTES) {
            fail(new MultipartLimitException("problem.uploadFieldsTooLong",
                    MultipartForms.MAX_FIELD_BYTES / (1024 * 1024)));
            return;
        }
        try {
            if (bytes.hasArray()) {
                part.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
                bytes.position(bytes.limit());
            } else {
                byte[] copy = new byte[bytes.remaining()];
                bytes.get(copy);
                part.write(copy);
            }
        } catch (IOException e) {
            fail(new MultipartException("an upload could not be kept", e));
            return;
        }
        if (fileName != null && part.getByteCount() > limits.maxFileSize()) {
            fail(new MaxUploadSizeExceededException(limits.maxFileSize()));
        }
    }

    @Override
    public void onPartEnd() {
        DeferredFileOutputStream done = part;
        if (failure != null || done == null || !closeCurrent()) {
            return;
        }
        if (fileName == null) {
            fields.add(name, new String(done.getData(), StandardCharsets.UTF_8));
            if (contentType != null) {
                contentTypes.put(name, contentType);
            }
        } else {
            files.add(name, new UploadedFile(name, fileName, contentType, done));
        }
    }

    @Override
    public void onComplete() {
        complete = true;
    }

    @Override
    public void onFailure(Throwable x) {
        fail(x instanceof MultipartException m ? m : new MultipartException("unreadable multipart body", x));
    }

    /**
     * Closes the current part, if any, and hands its temporary file (if it has one) to the caller's
     * list for removal, whatever happened to the body; false when closing failed.
     */
    private boolean closeCurrent() {
        if (part == null) {
            return true;
        }
        try {
            part.close();
            return true;
        } catch (IOException e) {
            fail(new MultipartException("an upload could not be kept", e));
            return false;
        } finally {
            if (part.getPath() != null) {
                temporaryFiles.add(part.getPath());
            }
            part = null;
        }
    }
}
