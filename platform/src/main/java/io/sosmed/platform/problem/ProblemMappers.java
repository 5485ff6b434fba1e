package io.sosmed.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place that turns exceptions into problem+json responses; bodies never carry stack traces or class names. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response domain(ProblemException e, UriInfo uri) {
        return respond(new Problem(Problem.type(e.slug()), e.title(), e.status(), e.getMessage(), path(uri), e.errors()));
    }

    @ServerExceptionMapper
    public Response validation(ValidationException e, UriInfo uri) {
        if (!(e instanceof ConstraintViolationException violations) || isReturnValue(violations)) {
            return unexpected(e, uri);
        }
        List<Problem.FieldError> errors = violations.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(Problem.FieldError::field).distinct()
                .collect(Collectors.joining(", ", "Invalid fields: ", ""));
        return respond(new Problem(Problem.type("validation"), "Request is not valid", 400, detail, path(uri), errors));
    }

    /** Declared apart so it wins over the framework's own mapper for this exception. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? jsonPath(mapping) : "";
        String detail;
        if (e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            detail = "Unknown value '" + format.getValue() + "'; allowed: " + Arrays.toString(format.getTargetType().getEnumConstants());
        } else if (e instanceof UnrecognizedPropertyException) {
            detail = "Unknown field";
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            detail = "Wrong type: expected " + describe(mismatch.getTargetType());
        } else {
            detail = "Malformed JSON at line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
                    + ", column " + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr());
        }
        List<Problem.FieldError> errors = field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, detail));
        return respond(new Problem(Problem.type("malformed-request"), "Request body cannot be read", 400,
                field.isEmpty() ? detail : field + ": " + detail, path(uri), errors));
    }

    /** Two writers raced on the same row; the loser retries with fresh data. */
    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e, UriInfo uri) {
        return respond(new Problem(Problem.type("concurrent-modification"), "Changed concurrently", 409,
                "Someone changed this at the same moment; load it again and retry", path(uri), List.of()));
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(unauthorized(path(uri))))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"sosmed\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(forbidden(path(uri), "Your role does not allow this action"));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.StatusType reason = Response.Status.fromStatusCode(status);
        String title = reason == null ? "Request failed" : reason.getReasonPhrase();
        return respond(new Problem(Problem.type(slug(title)), title, status, detailFor(status), path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String reference = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected error %s on %s", reference, path(uri));
        return respond(new Problem(Problem.type("internal"), "Internal error", 500,
                "Something went wrong on our side; quote reference " + reference, path(uri), List.of()));
    }

    /** 401 body, also used by the workspace access filter. */
    public static Problem unauthorized(String path) {
        return new Problem(Problem.type("unauthorized"), "Authentication required", 401,
                "Send a valid bearer token from the Sosmed identity provider", path, List.of());
    }

    /** 403 body, also used by the workspace access filter. */
    public static Problem forbidden(String path, String detail) {
        return new Problem(Problem.type("forbidden"), "Forbidden", 403, detail, path, List.of());
    }

    public static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 404 -> "Nothing exists at this path";
            case 405 -> "This method is not allowed on this path";
            case 406 -> "None of the accepted media types can be produced";
            case 415 -> "This media type is not supported here; send application/json";
            default -> "The request cannot be processed";
        };
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    private static boolean isReturnValue(ConstraintViolationException e) {
        return e.getConstraintViolations().stream().anyMatch(v -> {
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
            return false;
        });
    }

    /** Drops the method and parameter nodes of a path so clients see {@code variants[0].text}, not {@code create.body...}. */
    private static String field(ConstraintViolation<?> violation) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR -> { }
                case PARAMETER -> parameter = node.getName();
                case CONTAINER_ELEMENT -> parts.add(node.getIndex() == null ? "" : "[" + node.getIndex() + "]");
                default -> parts.add((node.isInIterable() && node.getIndex() != null ? "[" + node.getIndex() + "]." : "")
                        + node.getName());
            }
        }
        parts.removeIf(String::isEmpty);
        if (parts.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return String.join(".", parts).replace(".[", "[");
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }
}
