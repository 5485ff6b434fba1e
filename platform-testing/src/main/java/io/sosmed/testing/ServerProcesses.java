package io.sosmed.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Starts, finds and ends the server processes (and their one-shot tools) that this module runs outside the JVM. */
final class ServerProcesses {

    private static final int LOG_TAIL_LINES = 40;

    private ServerProcesses() {
    }

    /**
     * The live process whose pid is the first line of the pid file and whose command line (of which Java sees
     * the first 4 KB) contains the marker, so a recycled pid is never mistaken for the server.
     */
    static Optional<ProcessHandle> fromPidFile(Path pidFile, String commandLineMarker) {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.isEmpty() || lines.get(0).isBlank()) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().commandLine().orElse("").contains(commandLineMarker));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the process was started by this JVM (and not left behind by an earlier one). */
    static boolean isChildOfThisJvm(ProcessHandle process) {
        return process.parent().map(parent -> parent.pid() == ProcessHandle.current().pid()).orElse(false);
    }

    /** Starts a long-running server whose output is appended to the log file. */
    static Process launch(List<String> command, Path workingDirectory, Path logFile) {
        return launch(command, Map.of(), workingDirectory, logFile);
    }

    /** Starts a long-running server with extra environment variables, appending its output to the log file. */
    static Process launch(List<String> command, Map<String, String> environment, Path workingDirectory,
            Path logFile) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        builder.environment().putAll(environment);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + command.get(0), e);
        }
    }

    /** Runs a one-shot tool to completion, appending its output to the log file; fails on a non-zero exit. */
    static void run(List<String> command, Path workingDirectory, Path logFile, Duration timeout, String what) {
        run(command, Map.of(), workingDirectory, logFile, timeout, what);
    }

    /** Runs a one-shot tool with extra environment variables; fails on a non-zero exit. */
    static void run(List<String> command, Map<String, String> environment, Path workingDirectory, Path logFile,
            Duration timeout, String what) {
        Process process = launch(command, environment, workingDirectory, logFile);
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(what + " did not finish within " + timeout.toSeconds() + " s"
                        + logHint(logFile));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException(what + " was interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(what + " failed with exit code " + process.exitValue() + logHint(logFile));
        }
    }

    /** Waits for the process to exit; returns false when it is still alive after the timeout. */
    static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /** Asks the process to stop (SIGTERM), and kills it when it is still alive after the grace period. */
    static void terminate(ProcessHandle process, Duration gracePeriod) {
        process.destroy();
        if (!awaitExit(process, gracePeriod)) {
            kill(process);
        }
    }

    /** Kills the process (SIGKILL) and waits until it is gone. */
    static void kill(ProcessHandle process) {
        process.destroyForcibly();
        if (!awaitExit(process, Duration.ofSeconds(10))) {
            throw new IllegalStateException("Process " + process.pid() + " did not die after SIGKILL");
        }
    }

    /** Appends a marker line to a log file, so restarts are easy to find in it. */
    static void appendLogLine(Path logFile, String line) {
        try {
            Files.writeString(logFile, "=== " + Instant.now() + " " + line + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + logFile, e);
        }
    }

    /** A sentence naming the log file, followed by its last lines, for error messages. */
    static String logHint(Path logFile) {
        return "; see the log at " + logFile + System.lineSeparator() + "--- last lines of " + logFile + " ---"
                + System.lineSeparator() + tail(logFile);
    }

    private static String tail(Path logFile) {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(),
                    lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
