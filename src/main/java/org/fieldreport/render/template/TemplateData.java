package org.fieldreport.render.template;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a view (records, lists, strings) into the plain maps, lists, strings, booleans and numbers a template
 * sees, so no Java object (and none of its methods) ever reaches FreeMarker. Record components become map keys
 * of the same name; enums become their lower-case name; an empty Optional becomes an absent key.
 */
public final class TemplateData {

    private TemplateData() {
    }

    /** The template data for one value. */
    public static Object of(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof BigDecimal || value instanceof Integer || value instanceof Long) {
            return value;
        }
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(java.util.Locale.ROOT);
        }
        if (value instanceof Optional<?> o) {
            return o.map(TemplateData::of).orElse(null);
        }
        if (value instanceof Collection<?> c) {
            List<Object> list = new ArrayList<>(c.size());
            for (Object item : c) {
                list.add(of(item));
            }
            return List.copyOf(list);
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> map = new LinkedHashMap<>();
            m.forEach((k, v) -> put(map, String.valueOf(k), of(v)));
            return map;
        }
        if (value instanceof Record r) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (RecordComponent component : r.getClass().getRecordComponents()) {
                try {
                    put(map, component.getName(), of(component.getAccessor().invoke(r)));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
            return map;
        }
        throw new IllegalArgumentException("not template data: " + value.getClass().getName());
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
