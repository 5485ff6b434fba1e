package io.sosmed.platform.event;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Serves the AsyncAPI document and the JSON Schema of every event type; public, like any API description. */
@Path("/api/v1/events")
@Tag(name = "Events", description = "AsyncAPI document and event JSON Schemas")
public class EventCatalogResource {

    private static final String ASYNCAPI = "events/asyncapi.yaml";
    private static final String JSON_SUFFIX = ".json";

    @GET
    @Path("asyncapi.yaml")
    @Produces("application/yaml")
    @Operation(summary = "AsyncAPI 3 document describing every topic and event type")
    public byte[] asyncApi() {
        return EventSchemas.read(ASYNCAPI);
    }

    @GET
    @Path("schemas/{type}")
    @Produces({"application/schema+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "JSON Schema of one event type, e.g. sosmed.post.created.v1.json")
    public byte[] schema(@PathParam("type") String file) {
        String type = file.endsWith(JSON_SUFFIX) ? file.substring(0, file.length() - JSON_SUFFIX.length()) : file;
        return EventSchemas.raw(type).orElseThrow(() -> new NotFoundException("No event type " + type));
    }
}
