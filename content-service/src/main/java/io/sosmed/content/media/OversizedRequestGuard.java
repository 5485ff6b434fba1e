package io.sosmed.content.media;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.sosmed.platform.problem.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes requests over {@code quarkus.http.limits.max-body-size} (kept just above the media upload cap) get a
 * problem+json 413 instead of the HTTP layer's empty one, and store nothing:
 * <ul>
 * <li>a declared {@code Content-Length} over the limit is answered before any of the body is read; clients that send
 * {@code Expect: 100-continue} learn it without sending the body, others have the connection closed after the
 * answer, as the HTTP layer does;</li>
 * <li>a chunked multipart body is left to the multipart parser, which enforces the same limit, deletes the part
 * files it wrote and fails with a 413 that the problem mappers answer (the stream-level check it replaces would write
 * a bare 413 and log the request as an internal error).</li>
 * </ul>
 */
@ApplicationScoped
public class OversizedRequestGuard {

    private static final String MULTIPART = "multipart/";

    private final Optional<MemorySize> maxBodySize;
    private final ObjectMapper json;

    public OversizedRequestGuard(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize,
            ObjectMapper json) {
        this.maxBodySize = maxBodySize;
        this.json = json;
    }

    void install(@Observes Router router) {
        maxBodySize.map(MemorySize::asLongValue).ifPresent(limit -> {
            router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                    .handler(context -> refuseDeclaredOversize(context, limit));
            router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1)
                    .handler(OversizedRequestGuard::leaveChunkedMultipartToParser);
        });
    }

    private void refuseDeclaredOversize(RoutingContext context, long limit) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long length;
        try {
            length = declared == null ? -1 : Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            context.next();
            return;
        }
        if (length <= limit) {
            context.next();
            return;
        }
        Problem problem = new Problem(Problem.type("request-too-large"), "Request too large", 413,
                "The request body has " + length + " bytes; this service accepts at most " + limit + " bytes",
                context.request().path(), List.of());
        HttpServerResponse response = context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (context.request().version() != HttpVersion.HTTP_2) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(ignored -> context.request().connection().close());
        }
        response.end(serialize(problem));
    }

    private static void leaveChunkedMultipartToParser(RoutingContext context) {
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && contentType.regionMatches(true, 0, MULTIPART, 0, MULTIPART.length())
                && context.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null) {
            context.remove(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY);
        }
        context.next();
    }

    private String serialize(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
