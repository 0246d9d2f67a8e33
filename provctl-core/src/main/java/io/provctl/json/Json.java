package io.provctl.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.provctl.model.Attributes;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one JSON configuration of provctl: exact decimals both ways (never a double), sorted keys,
 * pretty output.
 */
public final class Json {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private Json() {
    }

    /** A canonical value (see {@link Attributes}) read from JSON. */
    public static Object canonical(JsonNode node) {
        return Attributes.canonical(MAPPER.convertValue(node, Object.class));
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode read(String text) throws IOException {
        return MAPPER.readTree(text);
    }
}
