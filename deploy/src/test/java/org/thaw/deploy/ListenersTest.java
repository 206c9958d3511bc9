package org.thaw.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the grid checks of ClusterIT and LauncherIT rest on, against sockets this test opens. */
class ListenersTest {

    @Test
    void aSocketOnLoopbackIsLoopbackOnly() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<InetAddress> listeners = Listeners.on(socket.getLocalPort());
            assertEquals(1, listeners.size(), listeners::toString);
            assertTrue(Listeners.loopbackOnly(listeners), listeners::toString);
        }
    }

    @Test
    void aSocketOnEveryInterfaceIsNot() throws Exception {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(0));
            List<InetAddress> listeners = Listeners.on(socket.getLocalPort());
            assertEquals(1, listeners.size(), listeners::toString);
            assertTrue(listeners.get(0).isAnyLocalAddress(), listeners::toString);
            assertFalse(Listeners.loopbackOnly(listeners));
        }
    }

    @Test
    void aPortNobodyListensOnIsNotLoopbackOnly() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        assertEquals(List.of(), Listeners.on(port));
        assertFalse(Listeners.loopbackOnly(Listeners.on(port)), "nothing listening proves nothing");
    }
}
