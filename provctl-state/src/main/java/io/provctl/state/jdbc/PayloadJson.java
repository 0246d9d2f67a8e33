package io.provctl.state.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.provctl.model.Attributes;
import io.provctl.store.StateStoreException;

import java.util.Map;
import java.util.SortedMap;

/**
 * Payloads as JSON. Numbers are read as BigDecimal/BigInteger, never double, so 0.1 stays exactly 0.1;
 * reading goes through {@link Attributes#canonicalMap} so maps come back sorted and numbers normalised.
 */
public final class PayloadJson {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private PayloadJson() {
    }

    public static String write(Map<String, ?> payload) {
        try {
            return MAPPER.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("payload cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static SortedMap<String, Object> read(String json) {
        try {
            return Attributes.canonicalMap(MAPPER.readValue(json, MAP));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new StateStoreException("stored payload is not valid JSON: " + e.getMessage(), e);
        }
    }
}
