package org.plenary.meetings;

import java.util.List;
import java.util.Map;

import org.plenary.shared.LocalizedText;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes {@link LocalizedText} columns (jsonb). */
@Component
class JsonTexts {

    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };
    private static final TypeReference<List<Map<String, String>>> LIST = new TypeReference<>() {
    };

    private final JsonMapper json;

    JsonTexts(JsonMapper json) {
        this.json = json;
    }

    String write(LocalizedText t) {
        return json.writeValueAsString(t == null ? Map.of() : t.values());
    }

    String writeList(List<LocalizedText> list) {
        return json.writeValueAsString(list.stream().map(LocalizedText::values).toList());
    }

    LocalizedText read(String s) {
        return s == null ? LocalizedText.of(Map.of()) : LocalizedText.of(json.readValue(s, MAP));
    }

    /** The same for a text already parsed (a field of a row read as JSON); null or missing is empty. */
    LocalizedText read(JsonNode n) {
        return n == null || n.isNull() ? LocalizedText.of(Map.of()) : LocalizedText.of(json.convertValue(n, MAP));
    }

    /** A JSON array as read from a column ({@code json_agg}); null (no row) is empty. */
    Iterable<JsonNode> nodes(String array) {
        return array == null ? List.of() : json.readTree(array);
    }

    List<LocalizedText> readList(String s) {
        return s == null ? List.of() : json.readValue(s, LIST).stream().map(LocalizedText::of).toList();
    }
}
