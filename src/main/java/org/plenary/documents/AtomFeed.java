package org.plenary.documents;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** Renders a Question's newest documents as an Atom 1.0 feed (RFC 4287). */
@Component
class AtomFeed {

    String render(int studyGroup, int question, List<Document> docs) {
        String qCode = "Q" + question + "/" + studyGroup;
        Instant updated = docs.stream().map(d -> d.latest().uploadedAt()).max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <id>urn:plenary:documents:sg").append(studyGroup).append(":q").append(question)
                .append("</id>\n")
                .append("  <title>").append(esc("Documents of " + qCode)).append("</title>\n")
                .append("  <updated>").append(DateTimeFormatter.ISO_INSTANT.format(updated)).append("</updated>\n")
                .append("  <link rel=\"self\" href=\"/api/v1/study-groups/").append(studyGroup).append("/questions/")
                .append(question).append("/documents.atom\"/>\n");
        for (Document d : docs) {
            xml.append("  <entry>\n")
                    .append("    <id>urn:uuid:").append(d.id()).append("</id>\n")
                    .append("    <title>").append(esc(d.currentReference() + ": " + d.title())).append("</title>\n")
                    .append("    <updated>").append(DateTimeFormatter.ISO_INSTANT.format(d.latest().uploadedAt()))
                    .append("</updated>\n")
                    .append("    <published>").append(DateTimeFormatter.ISO_INSTANT.format(d.submittedAt()))
                    .append("</published>\n")
                    .append("    <author><name>").append(esc(d.source())).append("</name></author>\n")
                    .append("    <link href=\"/documents/").append(d.id()).append("\"/>\n")
                    .append("    <summary>").append(esc(d.abstractText())).append("</summary>\n")
                    .append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s, "UTF-8");
    }
}
