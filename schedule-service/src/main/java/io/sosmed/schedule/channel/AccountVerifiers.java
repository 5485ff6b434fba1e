package io.sosmed.schedule.channel;

import io.sosmed.schedule.network.Network;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The verifier of each network that connects with direct credentials. */
@ApplicationScoped
public class AccountVerifiers {

    private final Map<Network, AccountVerifier> byNetwork = new EnumMap<>(Network.class);

    public AccountVerifiers(Instance<AccountVerifier> verifiers) {
        verifiers.forEach(verifier -> byNetwork.put(verifier.network(), verifier));
    }

    public Optional<AccountVerifier> of(Network network) {
        return Optional.ofNullable(byNetwork.get(network));
    }
}
