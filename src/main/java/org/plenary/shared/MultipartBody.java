package org.plenary.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.eclipse.jetty.http.MultiPart;
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

    private final MultipartForms.Limits limits;
    private final List<Path> temporaryFiles = new ArrayList<>();
    private MultipartReader.Parsed parsed;
    private MultipartException failure;
    private Map<String, String[]> parameters;

    MultipartBody(HttpServletRequest request, MultipartForms.Limits limits) {
        super(request);
        this.limits = limits;
    }

    /** The parsed body, or its failure thrown. */
    MultipartReader.Parsed parsed() throws MultipartException {
        parse();
        if (failure != null) {
            throw failure;
        }
        return parsed;
    }

    /** Removes the temporary files of the body's large files; safe to call more than once. */
    void cleanup() {
        for (Path p : temporaryFiles) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // left for the operating system's temporary-file cleaning
            }
        }
        temporaryFiles.clear();
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
        try {
            if (boundary == null || boundary.isEmpty()) {
                throw new MultipartException("multipart body without a boundary");
            }
            parsed = new MultipartReader(limits, getContentLengthLong(), temporaryFiles)
                    .read(super.getInputStream(), boundary);
        } catch (IOException e) {
            failure = new MultipartException("the multipart body could not be read", e);
        } catch (MultipartException e) {
            failure = e;
        }
        if (failure != null) {
            cleanup();
        }
    }
}
