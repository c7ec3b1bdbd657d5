package org.plenary.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.io.Content;
import org.springframework.http.ContentDisposition;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

/**
 * A multipart request whose body is parsed on first use of its parameters or files
 * ({@link MultipartForms}). The fields become parameters (UTF-8), beside the query's; the files
 * become {@link MultipartFile}s, in memory up to the threshold, in a temporary file beyond it. A
 * body that cannot be read, is over a limit or is cut short is remembered as its failure: the
 * parameters are then the query's only, and {@link #parsed()} throws it.
 */
final class MultipartBody extends HttpServletRequestWrapper {

    private static final int READ_SIZE = 64 * 1024;

    record Parsed(Map<String, String[]> fields, MultiValueMap<String, MultipartFile> files,
            Map<String, String> contentTypes) {
    }

    private final MultipartForms.Limits limits;
    private final List<Path> temporaryFiles = new ArrayList<>();
    private Parsed parsed;
    private MultipartException failure;
    private Map<String, String[]> parameters;

    MultipartBody(HttpServletRequest request, MultipartForms.Limits limits) {
        super(request);
        this.limits = limits;
    }

    /** The parsed body, or its failure thrown. */
    Parsed parsed() throws MultipartException {
        parse();
        if (failure != null) {
            throw failure;
        }
        return parsed;
    }

    /** Removes the temporary files of the body's large files; safe to call more than once. */
    void cleanup() {
        synchronized (temporaryFiles) {
            for (Path p : temporaryFiles) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left for the operating system's temporary-file cleaning
                }
            }
            temporaryFiles.clear();
        }
    }

    @Override
    public String getParameter(String name) {
        String[] values = getParameterMap().get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        if (parameters == null) {
            parse();
            Map<String, String[]> merged = new LinkedHashMap<>(super.getParameterMap());
            if (failure == null) {
                parsed.fields().forEach((k, v) -> merged.merge(k, v, MultipartBody::concat));
            }
            parameters = Collections.unmodifiableMap(merged);
        }
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = getParameterMap().get(name);
        return values == null ? null : values.clone();
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private void parse() {
        if (parsed != null || failure != null) {
            return;
        }
        String boundary = MultiPart.extractBoundary(getContentType());
        if (boundary == null || boundary.isEmpty()) {
            failure = new MultipartException("multipart body without a boundary");
            return;
        }
        Reader reader = new Reader(getContentLengthLong());
        MultiPart.Parser parser = new MultiPart.Parser(boundary, reader);
        parser.setMaxParts(MultipartForms.MAX_PARTS);
        parser.setPartHeadersMaxLength(MultipartForms.MAX_PART_HEADERS);
        try {
            InputStream in = super.getInputStream();
            byte[] buffer = new byte[READ_SIZE];
            long total = 0;
            int n;
            while (reader.failure == null && !reader.complete && (n = in.read(buffer)) != -1) {
                total += n;
                if (total > limits.maxRequestSize()) {
                    reader.fail(new MaxUploadSizeExceededException(limits.maxRequestSize()));
                    break;
                }
                parser.parse(Content.Chunk.from(ByteBuffer.wrap(buffer, 0, n), false));
            }
            if (reader.failure == null && !reader.complete) {
                parser.parse(Content.Chunk.EOF);
            }
        } catch (IOException e) {
            reader.fail(new MultipartException("the multipart body could not be read", e));
        } finally {
            reader.closeCurrent();
        }
        if (reader.failure == null && !reader.complete) {
            reader.fail(new MultipartException("the multipart body ends before its last boundary"));
        }
        if (reader.failure != null) {
            failure = reader.failure;
            cleanup();
            return;
        }
        Map<String, String[]> fields = new LinkedHashMap<>();
        reader.fields.forEach((k, v) -> fields.put(k, v.toArray(String[]::new)));
        parsed = new Parsed(fields, reader.files, reader.contentTypes);
    }

    /** Jetty's parser calls this; it swallows what a callback throws, so failures are kept here. */
    private final class Reader implements MultiPart.Parser.Listener {

        final MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        final MultiValueMap<String, MultipartFile> files = new LinkedMultiValueMap<>();
        final Map<String, String> contentTypes = new HashMap<>();
        final long declaredLength;
        MultipartException failure;
        boolean complete;
        private long fieldBytes;

        private String disposition;
        private String contentType;
        private String name;
        private String fileName;
        private Sink sink;

        Reader(long declaredLength) {
            this.declaredLength = declaredLength;
        }

        void fail(MultipartException e) {
            if (failure == null) {
                failure = e;
            }
        }

        @Override
        public void onPartBegin() {
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
                fail(new MultipartException("form fields over " + MultipartForms.MAX_FIELD_BYTES + " bytes"));
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

        void closeCurrent() {
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
                    synchronized (temporaryFiles) {
                        temporaryFiles.add(file);
                    }
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
}
