package io.sosmed.content.approval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sosmed.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Reads the optional body of the review actions: clients may POST without a body or content type at all, which a
 * typed JSON parameter would refuse with 415.
 */
@ApplicationScoped
public class ReviewBodies {

    private final ObjectMapper mapper;
    private final Validator validator;

    public ReviewBodies(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    ReviewRequest parse(String body) {
        if (body == null || body.isBlank()) {
            return ReviewRequest.EMPTY;
        }
        ReviewRequest request;
        try {
            request = mapper.readValue(body, ReviewRequest.class);
        } catch (JsonProcessingException e) {
            throw new ProblemException(400, "malformed-request", "Request body cannot be read",
                    "The body must be a JSON object with optional comment and step: "
                            + e.getOriginalMessage().replaceAll("\\(class [^)]*\\)", ""));
        }
        if (request == null) {
            return ReviewRequest.EMPTY;
        }
        Set<ConstraintViolation<ReviewRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }
}
