package org.thaw.deploy.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 keep-alive connection over a plain socket, as a load generator holds it: a request
 * is written whole, the answer read whole (status, headers, body by {@code Content-Length} or
 * chunked), then the next request goes over the same socket. It costs the client far less CPU than
 * {@code java.net.http} per call, which matters when the client shares two cores with the server.
 *
 * <p>When the server ends the connection ({@code Connection: close}, or its keep-alive limit), the
 * next request opens a new one; a request that finds the idle connection already closed (not one
 * byte of an answer) is sent once more on a new connection and counted in {@link #resent()}.
 */
final class HttpConnection implements Closeable {

    /** An answer: its status and body. */
    record Answer(int status, String body) {}

    private final String host;
    private final int port;
    private final int timeoutMillis;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private int opened;
    private int resent;

    HttpConnection(String host, int port, int timeoutMillis) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    /** The request line and headers up to (not including) the blank line; the body's length is added. */
    static byte[] request(String method, String path, String host, String headers, String body) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder()
                .append(method)
                .append(' ')
                .append(path)
                .append(" HTTP/1.1\r\nHost: ")
                .append(host)
                .append("\r\n")
                .append(headers);
        if (body != null) {
            head.append("Content-Length: ").append(content.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] h = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[h.length + content.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(content, 0, all, h.length, content.length);
        return all;
    }

    /** Sends a whole request (from {@link #request}) and reads the whole answer. */
    Answer exchange(byte[] request) throws IOException {
        boolean reused = socket != null;
        if (!reused) {
            open();
        }
        try {
            out.write(request);
            out.flush();
            return read();
        } catch (NothingReadException closedWhileIdle) {
            if (!reused) {
                throw closedWhileIdle;
            }
            close();
            resent++;
            open();
            out.write(request);
            out.flush();
            return read();
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Connections this one opened, the first included. */
    int opened() {
        return opened;
    }

    /** Requests sent again because the idle connection had been closed before they were read. */
    int resent() {
        return resent;
    }

    private void open() throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.setSoTimeout(timeoutMillis);
        s.connect(new InetSocketAddress(host, port), timeoutMillis);
        socket = s;
        in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
        out = new BufferedOutputStream(s.getOutputStream(), 8 * 1024);
        opened++;
    }

    private Answer read() throws IOException {
        String status = line(true);
        if (!status.startsWith("HTTP/1.") || status.length() < 12) {
            throw new IOException("not an HTTP answer: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closeAfter = status.startsWith("HTTP/1.0");
        String header;
        while (!(header = line(false)).isEmpty()) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" ->
                    chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closeAfter = value.equalsIgnoreCase("close");
                default -> {
                    // not needed
                }
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            while (true) {
                String size = line(false);
                int semicolon = size.indexOf(';');
                int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
                if (n == 0) {
                    while (!line(false).isEmpty()) {
                        // trailers
                    }
                    break;
                }
                copy(n, body);
                line(false);
            }
        } else if (length >= 0) {
            copy(length, body);
        } else if (code != 204 && code != 304) {
            in.transferTo(body);
            closeAfter = true;
        }
        if (closeAfter) {
            close();
        }
        return new Answer(code, body.toString(StandardCharsets.UTF_8));
    }

    private void copy(long n, ByteArrayOutputStream to) throws IOException {
        byte[] buffer = new byte[8192];
        long left = n;
        while (left > 0) {
            int r = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (r < 0) {
                throw new EOFException("the connection ended inside an answer's body");
            }
            to.write(buffer, 0, r);
            left -= r;
        }
    }

    /** A line without its CRLF; the first line of an answer that finds the connection closed throws. */
    private String line(boolean first) throws IOException {
        StringBuilder sb = new StringBuilder(64);
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                int end = sb.length();
                if (end > 0 && sb.charAt(end - 1) == '\r') {
                    sb.setLength(end - 1);
                }
                return sb.toString();
            }
            sb.append((char) c);
        }
        if (first && sb.length() == 0) {
            throw new NothingReadException();
        }
        throw new EOFException("the connection ended inside an answer");
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
            socket = null;
            in = null;
            out = null;
        }
    }

    /** The connection was closed before a single byte of the answer came. */
    private static final class NothingReadException extends EOFException {
        private static final long serialVersionUID = 1L;

        NothingReadException() {
            super("the connection was closed before the answer");
        }
    }
}
