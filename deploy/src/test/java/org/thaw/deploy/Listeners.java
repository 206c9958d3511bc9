package org.thaw.deploy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The addresses a TCP port listens on, as the kernel tells them ({@code /proc/net/tcp} and
 * {@code tcp6}): what another machine could reach, which no connection from this one can show.
 */
final class Listeners {

    private static final String LISTEN = "0A";

    private Listeners() {}

    /** Every local address listening on {@code port}: 0.0.0.0 or :: for every interface. */
    static List<InetAddress> on(int port) throws IOException {
        List<InetAddress> found = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.trim().split("\\s+");
                String[] local = fields[1].split(":");
                if (LISTEN.equals(fields[3]) && Integer.parseInt(local[1], 16) == port) {
                    found.add(address(local[0]));
                }
            }
        }
        return found;
    }

    /** Every listener on the port is on loopback (and there is at least one). */
    static boolean loopbackOnly(List<InetAddress> listeners) {
        return !listeners.isEmpty() && listeners.stream().allMatch(Listeners::loopback);
    }

    private static boolean loopback(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return true;
        }
        // ::ffff:127.0.0.1, an IPv4 loopback in an IPv6 socket, when InetAddress did not map it itself
        byte[] raw = address.getAddress();
        return raw.length == 16 && raw[10] == (byte) 0xff && raw[11] == (byte) 0xff && raw[12] == 127;
    }

    /** The kernel writes each 32-bit word of an address in the machine's order (little-endian here). */
    private static InetAddress address(String hex) throws UnknownHostException {
        byte[] words = HexFormat.of().parseHex(hex);
        byte[] address = new byte[words.length];
        for (int w = 0; w < words.length; w += 4) {
            for (int b = 0; b < 4; b++) {
                address[w + b] = words[w + 3 - b];
            }
        }
        return InetAddress.getByAddress(address);
    }
}
