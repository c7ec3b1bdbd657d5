package org.plenary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * {@code docs/architecture.md} says where each rule of the seed letter lives. This keeps the map
 * true: every rule has a row, and every class and test the row names exists (a renamed or split
 * class breaks it).
 */
class RuleMapTests {

    /** The rules of {@code ../shared/spec/seed-letter.md}. */
    static final List<String> RULES = List.of("L-DL-1", "L-MTG-1", "L-MTG-2", "L-RP-1", "L-RP-2", "L-RP-3",
            "L-RP-4", "L-REG-1", "L-REG-2", "L-REG-3", "L-REG-4", "L-REG-5", "L-REG-6", "L-DOC-1", "L-DOC-2",
            "L-DOC-3", "L-DOC-4", "L-DOC-5", "L-LANG-1", "L-LANG-2", "L-FEL-1", "L-FEL-2", "L-FEL-3", "L-FEL-4",
            "L-FEL-5", "L-FEL-6", "L-VISA-1", "L-VISA-2", "L-VISA-3", "L-BSG-1", "L-BSG-2");

    static final Pattern ROW = Pattern.compile("^\\| (L-[A-Z]+-\\d+) \\|[^|]*\\|([^|]*)\\|([^|]*)\\|$");
    static final Pattern NAME = Pattern.compile("`([A-Za-z0-9]+)`");

    @Test
    void everyRuleHasARowAndEveryNamedClassAndTestExists() throws IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("docs", "architecture.md"))) {
            Matcher m = ROW.matcher(line.strip());
            if (m.matches()) {
                rows.put(m.group(1), new String[] {m.group(2), m.group(3)});
            }
        }
        assertThat(rows.keySet()).as("rules with a row in docs/architecture.md").containsAll(RULES);

        Set<String> mainClasses = classNames(Path.of("src", "main", "java"));
        Set<String> testClasses = classNames(Path.of("src", "test", "java"));
        List<String> missing = new ArrayList<>();
        rows.forEach((rule, cells) -> {
            names(cells[0]).stream().filter(n -> !mainClasses.contains(n)).forEach(n -> missing.add(rule + ": " + n));
            names(cells[1]).stream().filter(n -> !testClasses.contains(n)).forEach(n -> missing.add(rule + ": " + n));
            assertThat(names(cells[0])).as(rule + " names where it lives").isNotEmpty();
            assertThat(names(cells[1])).as(rule + " names its tests").isNotEmpty();
        });
        assertThat(missing).as("classes and tests named in the rule map that do not exist").isEmpty();
    }

    private static List<String> names(String cell) {
        List<String> out = new ArrayList<>();
        Matcher m = NAME.matcher(cell);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Set<String> classNames(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
                    .map(n -> n.substring(0, n.length() - ".java".length())).collect(Collectors.toSet());
        }
    }
}
