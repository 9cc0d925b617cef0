// SPDX-License-Identifier: Apache-2.0
package org.teiedition.robust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A listening socket on the loopback interface that counts every connection made to it. Hostile inputs
 * point their entities and DTDs at it; the toolkit must never connect.
 */
final class NetworkWatch {
    private static final NetworkWatch INSTANCE = new NetworkWatch();

    private final ServerSocket server;
    private final AtomicInteger connections = new AtomicInteger();

    private NetworkWatch() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "network-watch");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static NetworkWatch get() {
        return INSTANCE;
    }

    int port() {
        return server.getLocalPort();
    }

    int connections() {
        return connections.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                connections.incrementAndGet();
            } catch (IOException e) {
                return;
            }
        }
    }
}
