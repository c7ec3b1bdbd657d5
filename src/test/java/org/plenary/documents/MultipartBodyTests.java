package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.directory.MembershipCategory;
import org.springframework.beans.factory.annotation.Value;

/**
 * Multipart bodies as {@code shared.MultipartForms} reads them (Jetty's parser instead of the
 * servlet container's), through a real upload: a file over the memory threshold comes whole from
 * its temporary file, which is gone when the request ends; fields are UTF-8; a body over the limit
 * without a declared length is refused while it is read (413, before any controller); too many parts
 * and form fields over 2 MB are 400 problems that name the limit; none of them leaves anything stored.
 */
class MultipartBodyTests extends DocumentTestBase {

    @Value("${spring.servlet.multipart.location:${java.io.tmpdir}}")
    Path uploadTemporaryFiles;

    @BeforeEach
    void setUp() {
        meetingWithDelegate(ContributionSubmissionTests.FIRST_DAY, MembershipCategory.MEMBER_STATE);
    }

    Multipart contribution(String title, byte[] file) {
        return http(delegate).field("title", title).field("questions", 13).file("big.pdf", file);
    }

    String path() {
        return "/api/v1/meetings/" + meeting.code() + "/contributions";
    }

    long temporaryUploads() throws IOException {
        try (Stream<Path> files = Files.list(uploadTemporaryFiles)) {
            return files.filter(p -> p.getFileName().toString().startsWith("plenary-upload-")).count();
        }
    }

    @Test
    void aFileOverTheMemoryThresholdArrivesWholeAndItsTemporaryFileIsGoneAfterwards() throws IOException {
        byte[] file = TestFiles.pdfOfSize(2 * 1024 * 1024 + 512 * 1024 + 7);
        long before = temporaryUploads();

        var r = contribution("Latency of a large file", file).post(path());

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("versions").get(0).get("sha256").asString()).isEqualTo(TestFiles.sha256(file));
        assertThat(r.json().get("versions").get(0).get("size").asLong()).isEqualTo(file.length);
        assertThat(temporaryUploads()).as("the part's temporary file is removed with the request")
                .isEqualTo(before);

        byte[] small = TestFiles.pdf("a small one");
        var s = contribution("Latency of a small file", small).postChunked(path());
        assertThat(s.status()).as(s.body()).isEqualTo(201);
        assertThat(s.json().get("versions").get(0).get("sha256").asString()).isEqualTo(TestFiles.sha256(small));
    }

    @Test
    void fieldsAndFileNamesAreReadAsUtf8() {
        String title = "جودة الخدمة · 服务质量 · Качество услуг";
        String fileName = "报告 تقرير.pdf";
        var r = http(delegate).field("title", title).field("questions", 13).file(fileName, TestFiles.pdf("utf-8"))
                .post(path());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("title").asString()).isEqualTo(title);
        assertThat(r.json().get("versions").get(0).get("fileName").asString()).isEqualTo(fileName);
    }

    @Test
    void aBodyOverTheLimitWithoutADeclaredLengthIsRefusedWhileItIsRead() throws IOException {
        int documents = fixtures.documentCount();
        long before = temporaryUploads();

        // no title: read whole, the body would reach the controller and be refused for that (400)
        var r = http(delegate).field("questions", 13).file("big.pdf", TestFiles.pdfOfSize(3 * 1024 * 1024 + 10))
                .postChunked(path());

        assertThat(r.status()).as(r.body()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asString()).isEqualTo("The file is larger than the limit of 3 MB.");
        assertThat(fixtures.documentCount()).isEqualTo(documents);
        assertThat(temporaryUploads()).isEqualTo(before);
    }

    @Test
    void aMissingFieldIsNamed() {
        var r = http(delegate).field("questions", 13).file("a.pdf", TestFiles.pdf("no title")).post(path());
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("code").asString()).isEqualTo("problem.required");
        assertThat(r.json().get("detail").asString()).isEqualTo("The field title is required.");
    }

    @Test
    void aBodyWithTooManyPartsIsA400Problem() {
        int documents = fixtures.documentCount();
        Multipart m = contribution("Many parts", TestFiles.pdf("parts"));
        for (int i = 0; i < 60; i++) {
            m.field("contactEmails", "person" + i + "@example.org");
        }

        var r = m.post(path());

        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.json().get("code").asString()).isEqualTo("problem.uploadTooManyParts");
        assertThat(r.json().get("detail").asString())
                .isEqualTo("The form has more than 50 fields and files: send fewer at once.");
        assertThat(fixtures.documentCount()).isEqualTo(documents);
    }

    @Test
    void formFieldsOverTwoMegabytesAreRefusedWhileTheyAreRead() {
        var r = contribution("Long abstract", TestFiles.pdf("fields")).field("abstract", "a".repeat(2_200_000))
                .post(path());
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("code").asString()).as("not kept in memory to be refused as too long later")
                .isEqualTo("problem.uploadFieldsTooLong");
        assertThat(r.json().get("detail").asString())
                .isEqualTo("The form's text fields hold more than 2 MB together: shorten them.");
    }
}
