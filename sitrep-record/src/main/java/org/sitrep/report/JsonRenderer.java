package org.sitrep.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Renders a {@link SituationReport} as JSON with Jackson: one object whose field names are the record components
 * documented on {@link SituationReport} and its nested records; absent values are {@code null}; {@code version}
 * is {@link SituationReport#VERSION}.
 *
 * <p>Thread safety: the mapper is configured once and shared; safe from several threads.
 *
 * <p>Failure: {@link IllegalStateException} if Jackson cannot write the report (a programming error).
 */
public final class JsonRenderer {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    public String render(SituationReport r) {
        try {
            return MAPPER.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the report on " + r.subject().id() + " as JSON", e);
        }
    }
}
