package org.plenary.shared;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.validation.constraints.Size;

/**
 * Builds JSON bodies from a Java type (records, lists, {@link LocalizedText}, scalars): one
 * ordinary body, and variants where exactly one place holds a hostile value.
 */
final class HostileValues {

    static final String NUL = "Bad\u0000input";
    static final String HUGE = "x".repeat(200_000);
    static final List<String> EXTREME_DATES = List.of("+999999999-12-31", "-5000-01-01");
    static final String OFFSET_ZONE = "+14:00";

    /** A hostile variant: what it is, and the body. */
    record Variant(String what, Object body) {
    }

    private HostileValues() {
    }

    /** An ordinary value of the type. */
    static Object sample(Type type) {
        return build(type, "", null, path -> null);
    }

    /** Every variant with one hostile value somewhere in a value of the type. */
    static List<Variant> variants(Type type) {
        List<String> stringPaths = new ArrayList<>();
        List<String> listPaths = new ArrayList<>();
        List<String> datePaths = new ArrayList<>();
        Map<String, Integer> limits = new LinkedHashMap<>();
        build(type, "", null, path -> null, stringPaths, listPaths, datePaths, limits);
        List<Variant> out = new ArrayList<>();
        for (String p : stringPaths) {
            out.add(new Variant("NUL in " + p, build(type, "", null, at(p, NUL))));
            Integer max = limits.get(p);
            String longer = max == null ? HUGE : "x".repeat(max + 1);
            out.add(new Variant((max == null ? "200000" : String.valueOf(max + 1)) + " characters in " + p,
                    build(type, "", null, at(p, longer))));
            if (p.endsWith("timeZone")) {
                out.add(new Variant("offset zone in " + p, build(type, "", null, at(p, OFFSET_ZONE))));
            }
        }
        for (String p : listPaths) {
            List<Object> withNull = new ArrayList<>();
            withNull.add(null);
            out.add(new Variant("[null] in " + p, build(type, "", null, at(p, withNull))));
        }
        for (String p : datePaths) {
            for (String d : EXTREME_DATES) {
                out.add(new Variant(d + " in " + p, build(type, "", null, at(p, d))));
            }
        }
        return out;
    }

    private static Function<String, Object> at(String path, Object value) {
        return p -> p.equals(path) ? value : null;
    }

    private static Object build(Type type, String path, AnnotatedElement element, Function<String, Object> override) {
        return build(type, path, element, override, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new LinkedHashMap<>());
    }

    private static Object build(Type type, String path, AnnotatedElement element, Function<String, Object> override,
            List<String> strings, List<String> lists, List<String> dates, Map<String, Integer> limits) {
        Object forced = override.apply(path);
        if (forced != null) {
            return forced;
        }
        Class<?> raw = raw(type);
        Integer max = max(element);
        if (raw == String.class) {
            strings.add(path);
            if (max != null) {
                limits.put(path, max);
            }
            return path.endsWith("timeZone") ? "Europe/Zurich" : "Ok";
        }
        if (raw == LocalizedText.class) {
            String p = path + ".en";
            strings.add(p);
            if (max != null) {
                limits.put(p, max);
            }
            Object v = override.apply(p);
            return Map.of("en", v != null ? v : "Ok");
        }
        if (raw == LocalDate.class) {
            dates.add(path);
            return "2026-09-15";
        }
        if (raw == LocalTime.class) {
            return "09:30";
        }
        if (raw == ZoneId.class) {
            return "Europe/Zurich";
        }
        if (raw == UUID.class) {
            return UUID.randomUUID().toString();
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return false;
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return 1;
        }
        if (raw == double.class || raw == Double.class) {
            return 1.0;
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0].toString();
        }
        if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
            lists.add(path);
            Type element2 = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> one = new ArrayList<>();
            one.add(build(element2, path + "[0]", element, override, strings, lists, dates, limits));
            return one;
        }
        if (Map.class.isAssignableFrom(raw)) {
            return Map.of();
        }
        if (raw.isRecord()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (RecordComponent c : raw.getRecordComponents()) {
                String p = path.isEmpty() ? c.getName() : path + "." + c.getName();
                fields.put(c.getName(), build(c.getGenericType(), p, c, override, strings, lists, dates, limits));
            }
            return fields;
        }
        return null;
    }

    static Integer max(AnnotatedElement element) {
        if (element == null) {
            return null;
        }
        Size size = element.getAnnotation(Size.class);
        if (size != null) {
            return size.max();
        }
        TextSize text = element.getAnnotation(TextSize.class);
        if (text == null && element instanceof RecordComponent c) {
            text = c.getAccessor().getAnnotation(TextSize.class);
        }
        return text == null ? null : text.max();
    }

    static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }
}
