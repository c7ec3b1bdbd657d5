package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.shared.PlenaryException;
import org.springframework.util.unit.DataSize;

/** Content detection by magic bytes and the safety checks on archives and names. */
class ContentInspectorTests {

    @TempDir
    Path dir;

    final ContentInspector inspector = new ContentInspector(new DocumentsProperties(DataSize.ofMegabytes(3), "local",
            null, Duration.ofHours(1), new DocumentsProperties.Archive(1000, DataSize.ofMegabytes(200), 100),
            new DocumentsProperties.S3(null, "", null, null, false), Duration.ofHours(1)));

    DocumentFormat inspect(byte[] bytes, String name) throws IOException {
        Path f = Files.write(dir.resolve("f" + System.nanoTime()), bytes);
        return inspector.inspect(f, name, bytes.length);
    }

    String refusal(byte[] bytes, String name) {
        return ((PlenaryException) Assertions.catchThrowable(() -> inspect(bytes, name)))
                .messageKey();
    }

    @Test
    void eachAcceptedTypeIsRecognisedByItsContent() throws IOException {
        assertThat(inspect(TestFiles.pdf(), "a.pdf")).isEqualTo(DocumentFormat.PDF);
        assertThat(inspect(TestFiles.docx(), "a.docx")).isEqualTo(DocumentFormat.DOCX);
        assertThat(inspect(TestFiles.xlsx(), "a.XLSX")).isEqualTo(DocumentFormat.XLSX);
        assertThat(inspect(TestFiles.pptx(), "a.pptx")).isEqualTo(DocumentFormat.PPTX);
        assertThat(inspect(TestFiles.doc(), "a.doc")).isEqualTo(DocumentFormat.DOC);
        assertThat(inspect(TestFiles.zip(), "a.zip")).isEqualTo(DocumentFormat.ZIP);
    }

    @Test
    void disguisedTypesAreRefused() {
        assertThat(refusal(TestFiles.exe(), "report.pdf")).isEqualTo("documents.typeRefused");
        assertThat(refusal("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "a.docx"))
                .isEqualTo("documents.typeRefused");
        assertThat(refusal("just text".getBytes(StandardCharsets.UTF_8), "a.pdf")).isEqualTo("documents.typeRefused");
        assertThat(refusal(TestFiles.ole2("Workbook"), "sheet.doc")).as("an OLE2 file without a Word stream")
                .isEqualTo("documents.typeRefused");
        assertThat(refusal(TestFiles.pdf(), "a.docx")).as("a PDF named .docx").isEqualTo("documents.extensionMismatch");
        assertThat(refusal(TestFiles.docx(), "a.zip")).as("a .docx named .zip").isEqualTo("documents.extensionMismatch");
        assertThat(refusal(TestFiles.pdf(), "a.exe")).isEqualTo("documents.extensionUnknown");
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        assertThat(refusal(new byte[0], "a.pdf")).isEqualTo("documents.fileEmpty");
        assertThatThrownBy(() -> inspect(TestFiles.pdfOfSize(3 * 1024 * 1024 + 1), "big.pdf"))
                .isInstanceOfSatisfying(PlenaryException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(413);
                    assertThat(e.messageKey()).isEqualTo("documents.fileTooLarge");
                });
        assertThat(inspectQuietly(TestFiles.pdfOfSize(3 * 1024 * 1024), "limit.pdf")).isEqualTo(DocumentFormat.PDF);
    }

    private DocumentFormat inspectQuietly(byte[] b, String name) {
        try {
            return inspect(b, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void zipBombsAreRefused() {
        byte[] bomb = TestFiles.zipBomb(300);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(refusal(bomb, "bomb.docx")).as("300 MB from a few hundred KB").isEqualTo("documents.archiveBomb");
        assertThat(refusal(TestFiles.zipBomb(20), "ratio.zip")).as("ratio over 100").isEqualTo("documents.archiveBomb");
        Map<String, byte[]> many = new HashMap<>();
        for (int i = 0; i < 1001; i++) {
            many.put("f" + i + ".txt", new byte[] {1});
        }
        assertThat(refusal(TestFiles.zip(many), "many.zip")).isEqualTo("documents.archiveBomb");
    }

    @Test
    void pathTraversalInsideArchivesAndInTheFileNameIsRefused() {
        for (String bad : new String[] {"../evil.sh", "word/../../evil", "/etc/passwd", "C:/Windows/x", "a\\..\\b"}) {
            assertThat(refusal(TestFiles.zip(Map.of(bad, new byte[] {1})), "a.zip")).as(bad)
                    .isEqualTo("documents.archivePathUnsafe");
        }
        assertThat(refusal(TestFiles.pdf(), "../../etc/report.pdf")).isEqualTo("documents.fileNameUnsafe");
        assertThat(refusal(TestFiles.pdf(), "..\\report.pdf")).isEqualTo("documents.fileNameUnsafe");
        assertThat(refusal(TestFiles.pdf(), "report\u0000.pdf")).isEqualTo("documents.fileNameUnsafe");
        assertThat(refusal("PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1), "a.zip"))
                .isIn("documents.archiveDamaged", "documents.typeRefused");
    }
}
