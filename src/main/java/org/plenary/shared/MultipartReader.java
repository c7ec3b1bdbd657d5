package org.plenary.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * UTF-8 text, the files in memory up to the threshold and in a temporary file beyond it, within the
 * limits (body, file, parts, part headers, fields). Jetty's parser swallows what a callback throws, so
 * the first failure is kept here and thrown at the end.
 */
final class MultipartReader implements MultiPart.Parser.Listener {

    private static final int READ_SIZE = 64 * 1024;

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
    private Sink sink;

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
        disposition = null;
        contentType = null;
        name = null;
        fileName = null;
        sink = null;
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
        long expected = declaredLength > 0 ? declaredLength : READ_SIZE;
        sink = new Sink(fileName == null ? Math.min(expected, 1024)
                : Math.min(expected, limits.memoryThreshold() + 1));
    }

    @Override
    public void onPartContent(Content.Chunk chunk) {
        ByteBuffer bytes = chunk.getByteBuffer();
        if (failure != null || sink == null || !bytes.hasRemaining()) {
            return;
        }
        if (fileName == null && (fieldBytes += bytes.remaining()) > MultipartForms.MAX_FIELD_BYTES) {
            fail(new MultipartLimitException("problem.uploadFieldsTooLong",
                    MultipartForms.MAX_FIELD_BYTES / (1024 * 1024)));
            return;
        }
        try {
            sink.write(bytes);
        } catch (IOException e) {
            fail(new MultipartException("an upload could not be kept", e));
            return;
        }
        if (fileName != null && sink.size > limits.maxFileSize()) {
            fail(new MaxUploadSizeExceededException(limits.maxFileSize()));
        }
    }

    @Override
    public void onPartEnd() {
        if (failure != null || sink == null) {
            return;
        }
        try {
            sink.close();
        } catch (IOException e) {
            fail(new MultipartException("an upload could not be kept", e));
            return;
        }
        if (fileName == null) {
            fields.add(name, new String(sink.memory, 0, (int) sink.size, StandardCharsets.UTF_8));
            if (contentType != null) {
                contentTypes.put(name, contentType);
            }
        } else {
            files.add(name, new UploadedFile(name, fileName, contentType, sink.size,
                    sink.file == null ? sink.memory : null, sink.file));
        }
        sink = null;
    }

    @Override
    public void onComplete() {
        complete = true;
    }

    @Override
    public void onFailure(Throwable x) {
        fail(x instanceof MultipartException m ? m : new MultipartException("unreadable multipart body", x));
    }

    private void closeCurrent() {
        if (sink != null) {
            try {
                sink.close();
            } catch (IOException e) {
                // the body failed already; its temporary file goes with cleanup()
            }
        }
    }

    /** A part's bytes: in memory up to the threshold (fields always), then in a temporary file. */
    private final class Sink {
        byte[] memory;
        Path file;
        private OutputStream out;
        long size;

        Sink(long initial) {
            memory = new byte[(int) Math.max(16, Math.min(initial, Integer.MAX_VALUE - 16))];
        }

        void write(ByteBuffer bytes) throws IOException {
            int n = bytes.remaining();
            if (out == null && fileName != null && size + n > limits.memoryThreshold()) {
                file = Files.createTempFile(limits.location(), "plenary-upload-", ".part");
                temporaryFiles.add(file);
                out = Files.newOutputStream(file);
                out.write(memory, 0, (int) size);
                memory = null;
            }
            if (out != null) {
                if (bytes.hasArray()) {
                    out.write(bytes.array(), bytes.arrayOffset() + bytes.position(), n);
                    bytes.position(bytes.limit());
                } else {
                    byte[] copy = new byte[n];
                    bytes.get(copy);
                    out.write(copy);
                }
            } else {
                if (size + n > memory.length) {
                    memory = Arrays.copyOf(memory, (int) Math.min(Integer.MAX_VALUE - 16,
                            Math.max(size + n, 2 * (long) memory.length)));
                }
                bytes.get(memory, (int) size, n);
            }
            size += n;
        }

        void close() throws IOException {
            if (out != null) {
                out.close();
                out = null;
            }
        }
    }
}
