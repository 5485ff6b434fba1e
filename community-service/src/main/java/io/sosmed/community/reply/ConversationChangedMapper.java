package io.sosmed.community.reply;

import io.sosmed.community.inbox.ItemResponse;
import io.sosmed.platform.problem.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 409 problem+json for a stale reply, carrying the current version (also as ETag) and the items not yet seen. */
public class ConversationChangedMapper {

    /** The problem body with two extension members. */
    public record ConversationChangedProblem(String type, String title, int status, String detail, String instance,
            long currentVersion, List<ItemResponse> newItems) {
    }

    @ServerExceptionMapper
    public Response conversationChanged(ConversationChanged e, UriInfo uri) {
        var body = new ConversationChangedProblem(Problem.type("conversation-changed"), "Conversation changed", 409,
                e.getMessage(), uri.getPath(), e.currentVersion(), e.newItems());
        return Response.status(409).type(Problem.MEDIA_TYPE).header(HttpHeaders.ETAG, ETags.of(e.currentVersion()))
                .entity(body).build();
    }
}
