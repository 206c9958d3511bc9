package org.thaw.deploy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local stack's mail catcher: a small SMTP server on loopback that accepts every message and
 * keeps it as an {@code .eml} file in the data folder's {@code mail} folder, printing the file and
 * the first link in it, so a developer can follow an invitation without a real mail server. It
 * runs only when no {@code THAW_SMTP_HOST} is set and Thaw starts its own Keycloak; nothing leaves
 * the machine.
 */
final class MailCatcher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger("org.thaw.deploy");
    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final ServerSocket server;
    private final Path folder;
    private final AtomicInteger count = new AtomicInteger();
    private final Thread acceptor;

    private MailCatcher(ServerSocket server, Path folder) {
        this.server = server;
        this.folder = folder;
        this.acceptor = new Thread(this::acceptAll, "thaw-mail-catcher");
        acceptor.setDaemon(true);
    }

    static MailCatcher start(Path folder, int port) throws IOException {
        Files.createDirectories(folder);
        ServerSocket socket = new ServerSocket(port, 16, InetAddress.getLoopbackAddress());
        MailCatcher catcher = new MailCatcher(socket, folder);
        catcher.acceptor.start();
        return catcher;
    }

    int port() {
        return server.getLocalPort();
    }

    Path folder() {
        return folder;
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                client.setSoTimeout(30_000);
                converse(client);
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.log(Level.FINE, "mail catcher: a connection failed", e);
                }
            }
        }
    }

    /** One SMTP conversation: every sender and recipient accepted, each message kept. */
    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8);
        reply(out, "220 localhost Thaw mail catcher");
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
            switch (command) {
                case "EHLO" -> reply(out, "250-localhost\r\n250 8BITMIME");
                case "DATA" -> {
                    reply(out, "354 end with <CRLF>.<CRLF>");
                    StringBuilder message = new StringBuilder();
                    String data;
                    while ((data = in.readLine()) != null && !data.equals(".")) {
                        message.append(data.startsWith("..") ? data.substring(1) : data)
                                .append("\r\n");
                    }
                    keep(message.toString());
                    reply(out, "250 kept");
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "250 ok");
            }
        }
    }

    private void keep(String message) throws IOException {
        Path file = folder.resolve(LocalDateTime.now().format(STAMP) + "-" + count.incrementAndGet() + ".eml");
        Files.writeString(file, message, StandardCharsets.UTF_8);
        Secrets.ownerOnly(file);
        String link = firstLink(message);
        LOG.info("E-mail kept in " + file + (link == null ? "" : "\n  its first link: " + link));
    }

    /** The first link of a message, quoted-printable soft breaks and "=3D" undone. */
    static String firstLink(String message) {
        String plain = message.replace("=\r\n", "").replace("=3D", "=");
        Matcher m = LINK.matcher(plain);
        return m.find() ? m.group() : null;
    }

    private static void reply(Writer out, String text) throws IOException {
        out.write(text + "\r\n");
        out.flush();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "mail catcher close", e);
        }
    }
}
