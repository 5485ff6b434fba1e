package io.sosmed.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** Prints one line per component event: what is starting, what is ready and how long it took, what failed and where its log is. */
public final class Progress {

    private final PrintStream out;
    private final long startNanos = System.nanoTime();

    public Progress(PrintStream out) {
        this.out = out;
    }

    public void starting(String component, String detail) {
        line(component, "starting  " + detail);
    }

    public void ready(String component, Duration took, String detail) {
        line(component, String.format(Locale.ROOT, "ready     in %.1f s  %s", took.toMillis() / 1000.0, detail));
    }

    public void failed(String component, String reason, Path log) {
        line(component, "FAILED    " + reason + (log == null ? "" : "  (log: " + log + ")"));
    }

    public void stopping(String component) {
        line(component, "stopping");
    }

    public void note(String text) {
        synchronized (out) {
            out.println(text);
            out.flush();
        }
    }

    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private void line(String component, String text) {
        note(String.format(Locale.ROOT, "[%6.1fs] %-18s %s", elapsed().toMillis() / 1000.0, component, text));
    }
}
