package io.sosmed.platform.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventCatalogTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ASYNCAPI = new String(EventSchemas.read("events/asyncapi.yaml"), StandardCharsets.UTF_8);

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyTypeHasASchemaNamedAfterIt(EventType type) throws Exception {
        var schema = JSON.readTree(EventSchemas.raw(type.type()).orElseThrow());

        assertThat(schema.path("$id").asText()).isEqualTo(type.schemaUri());
        assertThat(schema.at("/properties/type/const").asText()).isEqualTo(type.type());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyTypeIsInTheAsyncApiDocumentOnItsTopic(EventType type) {
        assertThat(ASYNCAPI).contains("name: " + type.type());
        assertThat(ASYNCAPI).contains("address: " + type.topic());
        assertThat(ASYNCAPI).contains("schemas/" + type.type() + ".json");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everySchemaCompilesAndRefusesAnEventWithoutItsData(EventType type) {
        ObjectNode event = JSON.createObjectNode()
                .put("specversion", "1.0").put("id", "1b4e28ba-2fa1-11d2-883f-0016d3cca427")
                .put("source", "/sosmed/test").put("type", type.type()).put("subject", "s")
                .put("time", "2026-11-26T09:00:00Z").put("datacontenttype", "application/json")
                .put("dataschema", type.schemaUri()).put("workspaceid", "acme");

        assertThat(EventSchemas.violations(event)).singleElement().asString().contains("data");
    }

    @Test
    void validEventPassesAndMissingDataFieldIsReported() throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree("""
                {"specversion":"1.0","id":"1b4e28ba-2fa1-11d2-883f-0016d3cca427","source":"/sosmed/content-service",
                 "type":"sosmed.post.created.v1","subject":"1b4e28ba-2fa1-11d2-883f-0016d3cca428",
                 "time":"2026-11-26T09:00:00Z","datacontenttype":"application/json",
                 "dataschema":"urn:sosmed:event-schema:sosmed.post.created.v1","workspaceid":"acme",
                 "data":{"postId":"1b4e28ba-2fa1-11d2-883f-0016d3cca428","title":"Webinar","status":"DRAFT",
                         "authorId":"eddie","createdAt":"2026-11-26T09:00:00Z","variants":[{"channelId":"x-main"}]}}
                """);
        assertThat(EventSchemas.violations(event)).isEmpty();

        ((ObjectNode) event.get("data")).remove("title");
        assertThat(EventSchemas.violations(event)).singleElement().asString().contains("title");
    }

    @Test
    void unknownTypeHasNoSchema() {
        assertThat(EventSchemas.raw("sosmed.nothing.v1")).isEmpty();
    }
}
