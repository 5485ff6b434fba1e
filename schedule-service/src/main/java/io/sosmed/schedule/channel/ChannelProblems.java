package io.sosmed.schedule.channel;

import io.sosmed.platform.problem.Problem;
import io.sosmed.platform.problem.ProblemException;
import io.sosmed.schedule.connector.NetworkFailures;
import io.sosmed.schedule.network.FailureKind;
import io.sosmed.schedule.network.Network;
import io.sosmed.schedule.network.NetworkException;
import java.util.List;

/** The problem+json answers of the channel API. */
final class ChannelProblems {

    private ChannelProblems() {
    }

    static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(400, "validation", "Request is not valid",
                "The channel request has invalid fields", errors);
    }

    static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    static ProblemException notFound(String channelId) {
        return ProblemException.notFound("Channel", channelId);
    }

    static ProblemException alreadyConnected(Channel existing) {
        return new ProblemException(409, "channel-already-connected", "Channel already connected",
                "The " + NetworkFailures.displayName(existing.network) + " account " + existing.handle
                        + " is already connected as channel " + existing.id);
    }

    static ProblemException disconnected(Channel channel) {
        return new ProblemException(409, "channel-disconnected", "Channel is disconnected",
                "Channel " + channel.id + " was disconnected; connect the account again instead");
    }

    /** The network refused the credentials or the account: a 4xx the user can fix; an outage is a 503. */
    static ProblemException verificationFailed(Network network, NetworkException failure) {
        if (failure.kind() == FailureKind.AUTH) {
            return new ProblemException(422, "credentials-rejected", "Credentials rejected",
                    failure.getMessage(), List.of(new Problem.FieldError("credentials", "rejected by "
                    + NetworkFailures.displayName(network))));
        }
        if (failure.kind() == FailureKind.PERMANENT) {
            return new ProblemException(422, "channel-verification-failed", "The account could not be verified",
                    failure.getMessage());
        }
        return new ProblemException(503, "network-unavailable", NetworkFailures.displayName(network)
                + " is not answering", failure.getMessage() + " Try connecting again in a moment.");
    }
}
