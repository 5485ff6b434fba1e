package io.sosmed.schedule.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A network's answer: status, headers and body, with the body readable as JSON when it is JSON. */
public record NetworkResponse(int status, HttpHeaders headers, byte[] body, ObjectMapper mapper) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The body as JSON; a missing node when it is empty or not JSON (an HTML error page, say). */
    public JsonNode json() {
        if (body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            JsonNode node = mapper.readTree(body);
            return node == null ? MissingNode.getInstance() : node;
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
