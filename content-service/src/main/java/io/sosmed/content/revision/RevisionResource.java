package io.sosmed.content.revision;

import io.sosmed.platform.security.AnyMember;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A post's revisions: every create, edit, deletion, restore and approval status change. */
@Path("/api/v1/workspaces/{workspaceId}/posts/{postId}/revisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Posts")
@SecurityRequirement(name = "SecurityScheme")
public class RevisionResource {

    private final RevisionService revisions;

    public RevisionResource(RevisionService revisions) {
        this.revisions = revisions;
    }

    @GET
    @AnyMember
    @Operation(summary = "Revisions newest first with who, when, the action and the changed fields (before/after)")
    public RevisionPage list(@PathParam("workspaceId") String workspaceId, @PathParam("postId") UUID postId,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return revisions.list(workspaceId, postId, cursor, limit);
    }
}
