package org.plenary.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Makes text copied or extracted from a generated PDF read as it was written. PDFBox writes each
 * embedded glyph's ToUnicode entry as the lowest code point the font maps to that glyph; where a
 * font shares a glyph between several code points that is often the wrong one: 月 comes back as
 * the Kangxi radical ⽉ (U+2F49), Arabic medial yeh as the Persian yeh of Presentation Forms-A. This
 * rewrites those entries to the code point a writer of the language uses (CID = original glyph id
 * in PDFBox's subsets, so the font's own cmap says which code points share a glyph).
 */
final class ToUnicodeRepair {

    private static final Pattern SECTION = Pattern.compile(
            "beginbf(char|range)(.*?)endbf\\1", Pattern.DOTALL);
    private static final Pattern HEX = Pattern.compile("<([0-9A-Fa-f]*)>|\\[([^\\]]*)]");

    /** Per font family: glyph id → the preferred code point, only where PDFBox's choice differs. */
    private final Map<String, Map<Integer, Integer>> preferred = new HashMap<>();

    void learn(String family, byte[] ttf) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            Map<Integer, Integer> fixes = new HashMap<>();
            for (int gid = 1; gid < font.getNumberOfGlyphs(); gid++) {
                List<Integer> codes = cmap.getCharCodes(gid);
                if (codes != null && codes.size() > 1) {
                    int pdfbox = codes.get(0);
                    int best = codes.stream().min(Comparator.comparingInt(ToUnicodeRepair::rank)
                            .thenComparingInt(c -> c)).orElseThrow();
                    if (best != pdfbox) {
                        fixes.put(gid, best);
                    }
                }
            }
            preferred.put(family.replace(" ", ""), fixes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How unlikely a code point is to be what the text said: ordinary characters first, then the
     * Arabic presentation forms of the basic alphabet (which PDFBox's text extraction folds back),
     * and rare look-alikes, then those of extended letters (Persian, Urdu), then radicals and compatibility ideographs.
     */
    static int rank(int cp) {
        if ((cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F)) {
            return 3;
        }
        if (cp >= 0xFB50 && cp <= 0xFDFF) {
            return 2;
        }
        // Look-alikes that fonts draw with the glyph of a commoner character: figure dash (–),
        // modifier-letter apostrophe (’).
        if ((cp >= 0xFE70 && cp <= 0xFEFF) || cp == 0x2012 || cp == 0x02BC) {
            return 1;
        }
        return 0;
    }

    byte[] repair(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            boolean changed = false;
            Set<COSStream> done = new HashSet<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (!(font instanceof PDType0Font)) {
                        continue;
                    }
                    Map<Integer, Integer> fixes = fixesFor(font.getName());
                    if (fixes == null || fixes.isEmpty()
                            || !(font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream s)
                            || !done.add(s)) {
                        continue;
                    }
                    changed |= rewrite(s, fixes);
                }
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<Integer, Integer> fixesFor(String baseFont) {
        if (baseFont == null) {
            return null;
        }
        String name = baseFont.substring(baseFont.indexOf('+') + 1);
        return preferred.entrySet().stream().filter(e -> name.startsWith(e.getKey()))
                .max(Comparator.comparingInt(e -> e.getKey().length())).map(Map.Entry::getValue).orElse(null);
    }

    private static boolean rewrite(COSStream stream, Map<Integer, Integer> fixes) throws IOException {
        String cmap;
        try (var in = stream.createInputStream()) {
            cmap = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        TreeMap<Integer, String> map = new TreeMap<>();
        Matcher section = SECTION.matcher(cmap);
        while (section.find()) {
            Matcher tokens = HEX.matcher(section.group(2));
            ArrayList<String> t = new ArrayList<>();
            while (tokens.find()) {
                t.add(tokens.group(1) != null ? tokens.group(1) : "[" + tokens.group(2) + "]");
            }
            if (section.group(1).equals("char")) {
                for (int i = 0; i + 1 < t.size(); i += 2) {
                    map.put(Integer.parseInt(t.get(i), 16), t.get(i + 1));
                }
            } else {
                for (int i = 0; i + 2 < t.size(); i += 3) {
                    int lo = Integer.parseInt(t.get(i), 16);
                    int hi = Integer.parseInt(t.get(i + 1), 16);
                    String dst = t.get(i + 2);
                    for (int cid = lo; cid <= hi; cid++) {
                        map.put(cid, dst.startsWith("[") ? arrayEntry(dst, cid - lo) : increment(dst, cid - lo));
                    }
                }
            }
        }
        boolean changed = false;
        for (var e : map.entrySet()) {
            Integer better = fixes.get(e.getKey());
            if (better != null) {
                String hex = utf16Hex(better);
                changed |= !hex.equalsIgnoreCase(e.getValue());
                e.setValue(hex);
            }
        }
        if (!changed) {
            return false;
        }
        StringBuilder out = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                """);
        var entries = new ArrayList<>(map.entrySet());
        for (int i = 0; i < entries.size(); i += 100) {
            var block = entries.subList(i, Math.min(i + 100, entries.size()));
            out.append(block.size()).append(" beginbfchar\n");
            block.forEach(e -> out.append(String.format("<%04X> <%s>%n", e.getKey(), e.getValue())));
            out.append("endbfchar\n");
        }
        out.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
            os.write(out.toString().getBytes(StandardCharsets.ISO_8859_1));
        }
        return true;
    }

    private static String arrayEntry(String array, int index) {
        Matcher m = HEX.matcher(array.substring(1, array.length() - 1));
        for (int i = 0; m.find(); i++) {
            if (i == index) {
                return m.group(1);
            }
        }
        return "";
    }

    /** A bfrange destination for the n-th code of the range: the last UTF-16 unit counts up. */
    private static String increment(String hex, int n) {
        if (n == 0 || hex.length() < 4) {
            return hex;
        }
        String head = hex.substring(0, hex.length() - 4);
        int last = Integer.parseInt(hex.substring(hex.length() - 4), 16) + n;
        return head + String.format("%04X", last);
    }

    private static String utf16Hex(int codePoint) {
        StringBuilder sb = new StringBuilder();
        for (char c : Character.toChars(codePoint)) {
            sb.append(String.format("%04X", (int) c));
        }
        return sb.toString();
    }
}
