package io.sosmed.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;

/** The loopback address every server here binds to, and port helpers for it. */
final class Loopback {

    static final String HOST = "127.0.0.1";

    private static final int CONNECT_TIMEOUT_MILLIS = 500;

    private Loopback() {
    }

    /** Returns a port that was free on 127.0.0.1 a moment ago. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, address())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find a free port on " + HOST, e);
        }
    }

    /** Whether something accepts TCP connections on 127.0.0.1 at the given port. */
    static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address(), port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fails when the port is already taken, naming the server that wanted it. */
    static void requireFree(int port, String server) {
        if (isListening(port)) {
            throw new IllegalStateException(server + " cannot start: port " + HOST + ":" + port + " is already in use");
        }
    }

    private static InetAddress address() {
        try {
            return InetAddress.getByName(HOST);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("Cannot resolve " + HOST, e);
        }
    }
}
