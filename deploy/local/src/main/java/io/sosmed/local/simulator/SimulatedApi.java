package io.sosmed.local.simulator;

import java.io.IOException;

/** One network's API under its own path prefix of the simulator. */
interface SimulatedApi {

    String prefix();

    void handle(SimExchange exchange) throws IOException;
}
