package io.sosmed.schedule.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The connector of each network that has one. */
@ApplicationScoped
public class NetworkConnectors {

    private final Map<Network, NetworkConnector> byNetwork = new EnumMap<>(Network.class);

    public NetworkConnectors(Instance<NetworkConnector> connectors) {
        for (NetworkConnector connector : connectors) {
            NetworkConnector previous = byNetwork.put(connector.network(), connector);
            if (previous != null) {
                throw new IllegalStateException("Two connectors for " + connector.network() + ": "
                        + previous.getClass().getSimpleName() + " and " + connector.getClass().getSimpleName());
            }
        }
    }

    public Optional<NetworkConnector> of(Network network) {
        return Optional.ofNullable(byNetwork.get(network));
    }

    public boolean supports(Network network) {
        return byNetwork.containsKey(network);
    }
}
