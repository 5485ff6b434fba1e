package io.sosmed.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ProblemMappers mappers = new ProblemMappers();

    enum Visibility { PUBLIC, CONNECTIONS }

    record Body(String title, Visibility visibility, int priority) {
    }

    @Test
    void unknownEnumValueNamesFieldAndAllowedValuesWithoutClassNames() {
        Problem problem = problemFor("{\"title\":\"x\",\"visibility\":\"EVERYONE\",\"priority\":1}");

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("visibility");
            assertThat(error.message()).contains("EVERYONE").contains("PUBLIC").contains("CONNECTIONS");
        });
        assertThat(problem.detail()).doesNotContain("io.sosmed").doesNotContain("ProblemMappersTest");
    }

    @Test
    void wrongTypeNamesFieldAndExpectedKind() {
        Problem problem = problemFor("{\"title\":\"x\",\"priority\":\"high\"}");

        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("priority");
            assertThat(error.message()).isEqualTo("Wrong type: expected a number");
        });
    }

    @Test
    void malformedJsonGivesPosition() {
        Problem problem = problemFor("{\"title\": ");

        assertThat(problem.type()).isEqualTo("https://sosmed.io/problems/malformed-request");
        assertThat(problem.detail()).startsWith("Malformed JSON at line 1");
    }

    private Problem problemFor(String json) {
        JsonProcessingException[] failure = new JsonProcessingException[1];
        assertThatThrownBy(() -> JSON.readValue(json, Body.class))
                .isInstanceOfSatisfying(JsonProcessingException.class, e -> failure[0] = e);
        Response response = mappers.json(failure[0], null);
        return (Problem) response.getEntity();
    }
}
