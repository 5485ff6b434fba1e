package io.sosmed.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes one run's results as JSON: {@code results/<timestamp>.json} and a copy at {@code results/latest.json}. */
final class ResultsFile {

    private final Path directory;
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .enable(SerializationFeature.INDENT_OUTPUT).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    ResultsFile(Path directory) {
        this.directory = directory;
    }

    Path write(Instant startedAt, List<ScenarioResult> results) throws IOException {
        Files.createDirectories(directory);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("startedAt", startedAt);
        document.put("finishedAt", Instant.now());
        document.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.version"), "os", System.getProperty("os.name")));
        document.put("results", results);
        Path file = directory.resolve(startedAt.toString().replace(':', '-') + ".json");
        json.writeValue(file.toFile(), document);
        Files.copy(file, directory.resolve("latest.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return file;
    }
}
