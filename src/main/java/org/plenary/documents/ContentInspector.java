package org.plenary.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.Tika;
import org.plenary.shared.PlenaryException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Decides what an upload is from its bytes (magic numbers, then the parts inside OOXML and OLE2
 * containers), never from its name, and refuses what is unsafe: empty or oversized files,
 * disguised types, zip bombs and archive entries that would escape a folder when unpacked.
 */
@Component
class ContentInspector {

    /** Below this much unpacked data the compression ratio is not a concern. */
    static final long RATIO_FLOOR = 1 << 20;

    private final Tika tika = new Tika();
    private final DocumentsProperties props;

    ContentInspector(DocumentsProperties props) {
        this.props = props;
    }

    DocumentFormat inspect(Path file, String fileName, long size) throws IOException {
        checkFileName(fileName);
        if (size <= 0) {
            throw PlenaryException.invalid("documents.fileEmpty");
        }
        if (size > props.maxFileSize().toBytes()) {
            throw tooLarge(props.maxFileSize().toMegabytes());
        }
        String detected;
        try (InputStream in = Files.newInputStream(file)) {
            detected = tika.detect(in);
        }
        DocumentFormat format = switch (detected) {
            case "application/pdf" -> DocumentFormat.PDF;
            case "application/zip", "application/x-tika-ooxml", "application/java-archive",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation" -> archive(file, size);
            case "application/x-tika-msoffice", "application/msword" -> ole2(file, detected);
            default -> throw PlenaryException.invalid("documents.typeRefused", detected);
        };
        DocumentFormat named = DocumentFormat.byExtension(fileName)
                .orElseThrow(() -> PlenaryException.invalid("documents.extensionUnknown", fileName));
        if (named != format) {
            throw PlenaryException.invalid("documents.extensionMismatch", fileName, format.extension());
        }
        return format;
    }

    static PlenaryException tooLarge(long megabytes) {
        return new PlenaryException(HttpStatus.valueOf(413), "documents.fileTooLarge", megabytes);
    }

    /** The uploaded file's own name: no folders, no "..", no control characters. */
    static void checkFileName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw PlenaryException.invalid("documents.fileNameMissing");
        }
        if (unsafe(fileName) || fileName.contains("/") || fileName.length() > 200) {
            throw PlenaryException.invalid("documents.fileNameUnsafe", fileName);
        }
    }

    /** A name that is absolute, climbs out with "..", uses back-slashes, a drive letter or control characters. */
    static boolean unsafe(String name) {
        if (name.startsWith("/") || name.contains("\\") || name.matches("^[A-Za-z]:.*")
                || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return true;
        }
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private DocumentFormat archive(Path file, long size) throws IOException {
        DocumentsProperties.Archive limits = props.archive();
        Set<String> names = new HashSet<>();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxEntries()) {
                throw PlenaryException.invalid("documents.archiveBomb");
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (unsafe(e.getName())) {
                    throw PlenaryException.invalid("documents.archivePathUnsafe", e.getName());
                }
                names.add(e.getName());
                if (e.isDirectory()) {
                    continue;
                }
                // Count what really comes out: the sizes in the archive's directory may lie.
                try (InputStream in = zip.getInputStream(e)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        total += n;
                        if (total > limits.maxUncompressed().toBytes()
                                || (total > RATIO_FLOOR && total > (long) limits.maxRatio() * size)) {
                            throw PlenaryException.invalid("documents.archiveBomb");
                        }
                    }
                }
            }
        } catch (ZipException e) {
            throw PlenaryException.invalid("documents.archiveDamaged");
        }
        if (names.contains("[Content_Types].xml")) {
            if (names.contains("word/document.xml")) {
                return DocumentFormat.DOCX;
            }
            if (names.contains("xl/workbook.xml")) {
                return DocumentFormat.XLSX;
            }
            if (names.contains("ppt/presentation.xml")) {
                return DocumentFormat.PPTX;
            }
        }
        return DocumentFormat.ZIP;
    }

    /** An OLE2 container is taken as .doc only when it holds a Word document stream. */
    private static DocumentFormat ole2(Path file, String detected) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("WordDocument")) {
                return DocumentFormat.DOC;
            }
        } catch (IOException | RuntimeException e) {
            throw PlenaryException.invalid("documents.typeRefused", detected);
        }
        throw PlenaryException.invalid("documents.typeRefused", detected);
    }
}
