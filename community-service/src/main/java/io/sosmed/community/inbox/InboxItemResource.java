package io.sosmed.community.inbox;

import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import io.sosmed.platform.security.AllowedRoles;
import io.sosmed.platform.security.AnyMember;
import io.sosmed.platform.security.WorkspaceRole;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Items other company systems hand to the inbox (networks' items arrive as events from schedule-service). */
@Path("/api/v1/workspaces/{workspaceId}/inbox/items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inbox")
public class InboxItemResource {

    private final ItemIngestion ingestion;
    private final InboxItemRepository items;

    public InboxItemResource(ItemIngestion ingestion, InboxItemRepository items) {
        this.ingestion = ingestion;
        this.items = items;
    }

    @POST
    @AllowedRoles(WorkspaceRole.AGENT)
    @Operation(summary = "Adds an item to the inbox: 201 when new, 200 with the stored item when (network, externalId) is known")
    public Response add(@PathParam("workspaceId") String workspaceId, NewInboxItem request, UriInfo uri) {
        if (request == null) {
            throw new ProblemException(400, "validation", "Request is not valid", "A JSON body is required",
                    List.of(new Problem.FieldError("", "body is required")));
        }
        List<Problem.FieldError> errors = request.validate();
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", "Request is not valid", "Some fields are not valid", errors);
        }
        Ingested ingested = ingestion.ingest(workspaceId, request);
        ItemResponse body = ItemResponse.of(ingested.item());
        if (!ingested.created()) {
            return Response.ok(body).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(body.id().toString()).build()).entity(body).build();
    }

    @GET
    @Path("{itemId}")
    @AnyMember
    @Operation(summary = "One inbox item with its language and sentiment")
    public ItemResponse get(@PathParam("workspaceId") String workspaceId, @PathParam("itemId") UUID itemId) {
        return items.findInWorkspace(workspaceId, itemId).map(ItemResponse::of)
                .orElseThrow(() -> ProblemException.notFound("Inbox item", itemId.toString()));
    }
}
