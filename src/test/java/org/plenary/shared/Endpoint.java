package org.plenary.shared;

import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

/** One handler as the walking test sends to it: method, filled path, its JSON body type and form fields. */
record Endpoint(String method, String path, Type bodyType, String consumes, Map<String, Class<?>> params,
        Map<String, Integer> limits, boolean multipart, boolean takesAnyField) {

    static final String FILE = "file";

    record Form(String what, Map<String, String> fields) {
    }

    static Endpoint of(String method, String path, HandlerMethod h, String consumes) {
        Map<String, Class<?>> params = new LinkedHashMap<>();
        Map<String, Integer> limits = new LinkedHashMap<>();
        boolean multipart = false;
        boolean any = false;
        for (Parameter p : h.getMethod().getParameters()) {
            RequestParam rp = p.getAnnotation(RequestParam.class);
            if (rp == null) {
                // a form object (@ModelAttribute, or a record without annotation): its fields come from the page
                if (p.isAnnotationPresent(ModelAttribute.class)
                        || (p.getType().isRecord() && p.getAnnotations().length <= 1)) {
                    any = true;
                }
                continue;
            }
            String name = !rp.name().isEmpty() ? rp.name() : !rp.value().isEmpty() ? rp.value() : p.getName();
            if (Map.class.isAssignableFrom(p.getType())) {
                any = true;
            } else if (MultipartFile.class.isAssignableFrom(p.getType())) {
                multipart = true;
            } else {
                params.put(name, p.getType());
                Integer max = HostileValues.max(p);
                if (max != null) {
                    limits.put(name, max);
                }
            }
        }
        return new Endpoint(method, path, BadInputTests.bodyType(h), consumes, params, limits, multipart, any);
    }

    List<Form> formVariants() {
        return formVariants(List.of());
    }

    /** One ordinary form per hostile value: each text field NUL, over-long, dates extreme, zone an offset. */
    List<Form> formVariants(List<String> scrapedFields) {
        Map<String, String> base = new LinkedHashMap<>();
        List<String> texts = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        params.forEach((name, type) -> {
            base.put(name, sample(name, type));
            if (type == String.class) {
                texts.add(name);
            }
            if (type == LocalDate.class || (type == String.class && name.toLowerCase().matches(".*(day|date|expiry)"))) {
                dates.add(name);
            }
        });
        if (takesAnyField) {
            for (String f : scrapedFields) {
                if (!base.containsKey(f) && !f.equals("_csrf")) {
                    base.put(f, f.toLowerCase().matches(".*(day|date)") ? "2026-10-13" : "Ok");
                    texts.add(f);
                }
            }
        }
        List<Form> out = new ArrayList<>();
        for (String t : texts) {
            out.add(new Form("NUL in " + t, with(base, t, HostileValues.NUL)));
            Integer max = limits.get(t);
            out.add(new Form((max == null ? 200_000 : max + 1) + " characters in " + t,
                    with(base, t, max == null ? HostileValues.HUGE : "x".repeat(max + 1))));
            if (t.equals("timeZone")) {
                out.add(new Form("offset zone in " + t, with(base, t, HostileValues.OFFSET_ZONE)));
            }
        }
        for (String d : dates) {
            for (String extreme : HostileValues.EXTREME_DATES) {
                out.add(new Form(extreme + " in " + d, with(base, d, extreme)));
            }
        }
        if (multipart) {
            out.add(new Form("NUL in the file name", with(base, FILE, "evil\u0000.pdf")));
        }
        return out;
    }

    private static Map<String, String> with(Map<String, String> base, String name, String value) {
        Map<String, String> m = new LinkedHashMap<>(base);
        m.put(name, value);
        return m;
    }

    private static String sample(String name, Class<?> type) {
        if (type == UUID.class) {
            return UUID.randomUUID().toString();
        }
        if (type == boolean.class || type == Boolean.class) {
            return "false";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || List.class.isAssignableFrom(type)) {
            return "1";
        }
        if (type == LocalDate.class) {
            return "2026-10-13";
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0].toString();
        }
        return name.toLowerCase().matches(".*(day|date)") ? "2026-10-13" : "Ok";
    }
}
