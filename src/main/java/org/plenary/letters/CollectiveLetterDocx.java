package org.plenary.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The collective letter as a Word document, part by part as in the PDF. */
final class CollectiveLetterDocx {

    private CollectiveLetterDocx() {
    }

    static byte[] write(CollectiveLetter l) {
        Docx d = Docx.create(Locale.forLanguageTag(l.language()));
        var head = l.letterhead();
        d.title(head.organisation()).centred(head.bureau(), true);
        if (head.draftNote() != null) {
            d.centred(head.draftNote(), true);
        }
        if (l.fallbackNote() != null) {
            d.paragraph(l.fallbackNote());
        }
        d.paragraph(head.placeAndDate());
        List<List<String>> refs = new ArrayList<>();
        // In a right-to-left document, numbers and addresses are embedded left to right (LRE … PDF).
        l.reference().forEach(r -> refs.add(List.of(r.label(),
                l.rightToLeft() && r.leftToRight() ? "\u202A" + r.value() + "\u202C" : r.value())));
        d.table(refs, false);
        d.labelled(l.toLabel(), "");
        l.addressees().forEach(d::listItem);
        d.labelled(l.subjectLabel(), l.subject()).blank();
        d.paragraph(l.salutation());
        l.body().forEach(d::paragraph);
        d.heading(l.deadlinesTitle());
        List<List<String>> deadlines = new ArrayList<>();
        String bullet = l.bullet();
        l.deadlines().forEach(r -> deadlines.add(List.of(r.date(), bullet + " " + String.join("\n" + bullet + " ", r.items()))));
        d.table(deadlines, false);
        var s = l.signature();
        d.paragraph(s.closing()).paragraph(s.regards());
        if (s.signedNote() != null) {
            d.paragraph(s.signedNote());
        }
        if (s.titleFirst()) {
            d.paragraph(s.title()).paragraph(s.name());
        } else {
            d.paragraph(s.name()).paragraph(s.title());
        }
        d.paragraph(s.annexes());
        if (s.latestInfo() != null) {
            d.paragraph(s.latestInfo());
        }

        d.pageBreak().title(l.annexA().label()).centred(l.annexA().title(), true);
        for (var group : l.annexA().groups()) {
            if (group.heading() != null) {
                d.heading(group.heading());
            }
            for (var item : group.items()) {
                for (int i = 0; i < item.paragraphs().size(); i++) {
                    if (i == 0 && item.label() != null) {
                        d.labelled(item.label(), item.paragraphs().get(i));
                    } else {
                        d.paragraph(item.paragraphs().get(i));
                    }
                }
            }
        }

        var b = l.annexB();
        d.pageBreak().title(b.label()).centred(b.title(), true);
        for (var a : b.agenda()) {
            d.indented(a.number() + "\t" + a.title(), a.depth());
        }
        if (b.agendaNote() != null) {
            d.paragraph(b.agendaNote());
        }
        d.heading(b.timePlanTitle());
        List<List<String>> plan = new ArrayList<>();
        plan.add(List.of("", b.morningLabel(), b.afternoonLabel()));
        b.timePlan().forEach(r -> plan.add(List.of(r.day(), r.morning(), r.afternoon())));
        d.table(plan, true);
        if (b.timePlanNote() != null) {
            d.paragraph(b.timePlanNote());
        }
        return d.bytes();
    }
}
