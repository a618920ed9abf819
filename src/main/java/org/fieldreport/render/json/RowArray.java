package org.fieldreport.render.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.IOException;

/**
 * A JSON array of one object per input row, each written field by field straight to the output as the row comes: a
 * million expense rows then never stand in memory, neither as rows nor as JSON trees. Written through the same
 * generator as the rest of the document, so the bytes are those of the equivalent array of object nodes.
 *
 * @param <T> the row
 */
final class RowArray<T> implements JsonSerializable {

    /** Writes the fields of one row, between the braces its array writes. */
    @FunctionalInterface
    interface Fields<T> {
        void write(T row, JsonGenerator gen) throws IOException;
    }

    private final Iterable<T> rows;
    private final int size;
    private final Fields<T> fields;

    RowArray(Iterable<T> rows, int size, Fields<T> fields) {
        this.rows = rows;
        this.size = size;
        this.fields = fields;
    }

    @Override
    public void serialize(JsonGenerator gen, SerializerProvider serializers) throws IOException {
        gen.writeStartArray(rows, size);
        for (T row : rows) {
            gen.writeStartObject(row);
            fields.write(row, gen);
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    @Override
    public void serializeWithType(JsonGenerator gen, SerializerProvider serializers, TypeSerializer typeSer)
            throws IOException {
        serialize(gen, serializers);
    }
}
