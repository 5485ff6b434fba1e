package io.sosmed.content.approval;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.sosmed.content.validation.PostValidationReport;
import io.sosmed.platform.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers {@link InvalidPost} with problem+json extended by the validation report ({@code report}). */
public class InvalidPostMapper {

    /** RFC 9457 problem details with the {@code report} extension member. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record InvalidPostProblem(String type, String title, int status, String detail, String instance,
            List<Problem.FieldError> errors, PostValidationReport report) {
    }

    @ServerExceptionMapper
    public Response invalidPost(InvalidPost e, UriInfo uri) {
        return Response.status(e.status()).type(Problem.MEDIA_TYPE)
                .entity(new InvalidPostProblem(Problem.type(e.slug()), e.title(), e.status(), e.getMessage(),
                        uri.getPath(), e.errors(), e.report()))
                .build();
    }
}
