package org.plenary.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.plenary.support.PdfText;

/**
 * How much of the seed letter a generated letter reproduces (issue 14): characters matched in
 * order, counted exactly as Python's {@code difflib.SequenceMatcher(None, seed, letter,
 * autojunk=False).get_matching_blocks()} counts them (ported below), and the seed's sentences
 * (split at 。, ； and line ends, whitespace removed, 8 characters or more) found verbatim.
 */
final class SeedCoverage {

    /** A copy of {@code ../shared/seed/000_964f9f0a9e1d3c9f.txt}, so that a clean clone tests on its own. */
    static final String SEED = "/seed/collective-letter-4-12-zh.txt";

    private SeedCoverage() {
    }

    record Result(int seedChars, int matched, int sentences, int sentencesFound, List<String> missing) {
        double ratio() {
            return (double) matched / seedChars;
        }

        @Override
        public String toString() {
            return String.format("%.1f %% of %d characters, %d of %d sentences", 100 * ratio(), seedChars,
                    sentencesFound, sentences);
        }
    }

    static String seed() {
        try (InputStream in = SeedCoverage.class.getResourceAsStream(SEED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> sentences(String seed) {
        List<String> list = new ArrayList<>();
        for (String part : seed.split("[。；\\n]", -1)) {
            String s = PdfText.squeezed(part);
            if (s.codePointCount(0, s.length()) >= 8) {
                list.add(s);
            }
        }
        return list;
    }

    static Result of(String seed, String letter) {
        int[] a = PdfText.squeezed(seed).codePoints().toArray();
        int[] b = PdfText.squeezed(letter).codePoints().toArray();
        int matched = matchingBlocks(a, b).stream().mapToInt(m -> m[2]).sum();
        String squeezedLetter = PdfText.squeezed(letter);
        List<String> sentences = sentences(seed);
        List<String> missing = sentences.stream().filter(s -> !squeezedLetter.contains(s)).toList();
        return new Result(a.length, matched, sentences.size(), sentences.size() - missing.size(), missing);
    }

    /** difflib.SequenceMatcher.get_matching_blocks with no junk and autojunk off: (i, j, size) triples. */
    static List<int[]> matchingBlocks(int[] a, int[] b) {
        Map<Integer, List<Integer>> b2j = new HashMap<>();
        for (int j = 0; j < b.length; j++) {
            b2j.computeIfAbsent(b[j], k -> new ArrayList<>()).add(j);
        }
        List<int[]> blocks = new ArrayList<>();
        Deque<int[]> queue = new ArrayDeque<>();
        queue.push(new int[] {0, a.length, 0, b.length});
        while (!queue.isEmpty()) {
            int[] q = queue.pop();
            int alo = q[0], ahi = q[1], blo = q[2], bhi = q[3];
            int[] x = longestMatch(a, b, b2j, alo, ahi, blo, bhi);
            int i = x[0], j = x[1], k = x[2];
            if (k > 0) {
                blocks.add(x);
                if (alo < i && blo < j) {
                    queue.push(new int[] {alo, i, blo, j});
                }
                if (i + k < ahi && j + k < bhi) {
                    queue.push(new int[] {i + k, ahi, j + k, bhi});
                }
            }
        }
        blocks.sort(Comparator.<int[]>comparingInt(m -> m[0]).thenComparingInt(m -> m[1])
                .thenComparingInt(m -> m[2]));
        return blocks;
    }

    /** difflib.SequenceMatcher.find_longest_match without junk: the earliest longest match. */
    private static int[] longestMatch(int[] a, int[] b, Map<Integer, List<Integer>> b2j, int alo, int ahi,
            int blo, int bhi) {
        int besti = alo, bestj = blo, bestsize = 0;
        Map<Integer, Integer> j2len = new HashMap<>();
        for (int i = alo; i < ahi; i++) {
            Map<Integer, Integer> newj2len = new HashMap<>();
            for (int j : b2j.getOrDefault(a[i], List.of())) {
                if (j < blo) {
                    continue;
                }
                if (j >= bhi) {
                    break;
                }
                int k = j2len.getOrDefault(j - 1, 0) + 1;
                newj2len.put(j, k);
                if (k > bestsize) {
                    besti = i - k + 1;
                    bestj = j - k + 1;
                    bestsize = k;
                }
            }
            j2len = newj2len;
        }
        while (besti > alo && bestj > blo && a[besti - 1] == b[bestj - 1]) {
            besti--;
            bestj--;
            bestsize++;
        }
        while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] == b[bestj + bestsize]) {
            bestsize++;
        }
        return new int[] {besti, bestj, bestsize};
    }
}
