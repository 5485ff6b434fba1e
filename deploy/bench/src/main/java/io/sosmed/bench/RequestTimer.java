package io.sosmed.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Supplier;

/** Times the same read request over and over: a few warm-up calls, then the measured ones, all answered 200. */
final class RequestTimer {

    private final BenchContext context;
    private final int warmUps;
    private final int measured;

    RequestTimer(BenchContext context, int warmUps, int measured) {
        this.context = context;
        this.warmUps = warmUps;
        this.measured = measured;
    }

    /**
     * Sends the request (built fresh each time, so tokens stay valid) and adds each measured latency to both
     * collections.
     */
    Latencies time(Supplier<HttpRequest> request, Latencies overall) throws Exception {
        Latencies latencies = new Latencies();
        for (int i = 0; i < warmUps + measured; i++) {
            HttpRequest built = request.get();
            long start = System.nanoTime();
            HttpResponse<String> response = context.send(built);
            long took = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(built.uri() + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            if (i >= warmUps) {
                latencies.add(took);
                overall.add(took);
            }
        }
        return latencies;
    }
}
