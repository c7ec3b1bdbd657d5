package org.plenary.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;

/**
 * axe-core (vendored under {@code src/test/resources/axe/}) run in a Playwright page: the WCAG 2.1
 * A and AA rules only. The page's context needs {@code setBypassCSP(true)}: our CSP forbids the
 * injected script, as it should for any other.
 */
public final class Axe {

    public static final List<String> WCAG21AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static String source;

    private Axe() {
    }

    /** The violations on the page as it is now, one readable line per rule and element. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(Page page) {
        if (Boolean.FALSE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(source()));
        }
        Object result = page.evaluate("""
                async (tags) => {
                  const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
                  return r.violations.map(v => ({ id: v.id, impact: v.impact || '', help: v.help,
                    nodes: v.nodes.map(n => n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\\s+/g, ' ')
                      + ' — ' + n.html.substring(0, 160)) }));
                }""", WCAG21AA);
        List<String> out = new ArrayList<>();
        for (Object o : (List<Object>) result) {
            Map<String, Object> v = (Map<String, Object>) o;
            for (Object node : (List<Object>) v.get("nodes")) {
                out.add(v.get("id") + " (" + v.get("impact") + ": " + v.get("help") + ") at " + node);
            }
        }
        return out;
    }

    private static synchronized String source() {
        if (source == null) {
            try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
