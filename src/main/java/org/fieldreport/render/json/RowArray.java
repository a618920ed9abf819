package org.fieldreport.render.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * A JSON array of one object per input row, each object made only when it is written: a million expense rows then
 * never stand in memory as a million JSON trees. Written through the same generator as the rest of the document, so
 * the bytes are those of the equivalent array node.
 *
 * @param <T> the row
 */
final class RowArray<T> implements JsonSerializable {

    private final List<T> rows;
    private final Function<T, ObjectNode> object;

    RowArray(List<T> rows, Function<T, ObjectNode> object) {
        this.rows = rows;
        this.object = object;
    }

    @Override
    public void serialize(JsonGenerator gen, SerializerProvider serializers) throws IOException {
        gen.writeStartArray(rows, rows.size());
        for (T row : rows) {
            object.apply(row).serialize(gen, serializers);
        }
        gen.writeEndArray();
    }

    @Override
    public void serializeWithType(JsonGenerator gen, SerializerProvider serializers, TypeSerializer typeSer)
            throws IOException {
        serialize(gen, serializers);
    }
}
