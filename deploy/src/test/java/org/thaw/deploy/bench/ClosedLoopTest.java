package org.thaw.deploy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The load generator's own arithmetic and HTTP reading, against a tiny server in the test (fast:
 * well under a second): what the benchmark reports must be what happened.
 */
class ClosedLoopTest {

    @Test
    void percentilesAreNearestRankOverEverySampleGathered() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[i] = (100 - i) * 1_000_000L; // 100 ms down to 1 ms, unsorted
        }
        Samples s = Samples.of("x", nanos);

        assertEquals(100, s.count());
        assertEquals(50.0, s.median());
        assertEquals(99.0, s.percentile(99));
        assertEquals(100.0, s.max());
    }

    @Test
    void answersAreReadWholeByLengthOrChunksAndAClosedConnectionIsReopened() throws Exception {
        AtomicInteger served = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> serve(server, served));
            t.setDaemon(true);
            t.start();
            try (HttpConnection c = new HttpConnection("127.0.0.1", server.getLocalPort(), 5_000)) {
                byte[] request = HttpConnection.request("GET", "/x", "localhost", "", null);

                HttpConnection.Answer first = c.exchange(request); // by Content-Length
                HttpConnection.Answer second = c.exchange(request); // chunked, then the server closes
                HttpConnection.Answer third = c.exchange(request); // on a new connection

                assertEquals(200, first.status());
                assertEquals("{\"n\":1}", first.body());
                assertEquals(201, second.status());
                assertEquals("hello, world", second.body());
                assertEquals(200, third.status());
                assertEquals("{\"n\":3}", third.body());
                assertEquals(2, c.opened());
            }
        }
    }

    @Test
    void aClosedLoopCountsOnlyAnswersInsideTheTimedWindowAndEveryRefusalAsAnError() throws Exception {
        AtomicInteger served = new AtomicInteger();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> serve(server, served));
            t.setDaemon(true);
            t.start();
            byte[] request = HttpConnection.request("GET", "/x", "localhost", "", null);
            ClosedLoop.Result r = ClosedLoop.run(
                    "test",
                    "127.0.0.1",
                    server.getLocalPort(),
                    1,
                    Duration.ofMillis(50),
                    Duration.ofMillis(200),
                    new ClosedLoop.Script() {
                        @Override
                        public byte[] request(int c, long n) {
                            return request;
                        }

                        @Override
                        public boolean accepts(int c, long n, HttpConnection.Answer a) {
                            return a.status() == 200;
                        }
                    });

            assertTrue(r.answeredAll() >= r.answeredTimed() && r.answeredTimed() > 0, r.toString());
            assertEquals(r.latencies().count(), r.answeredTimed());
            // every second answer the little server gives is a 201: not what the script accepts
            assertTrue(r.errors() > 0 && r.errors() <= (r.answeredAll() + 1) / 2 + 1, r.toString());
            assertEquals(
                    r.answeredAll(),
                    r.statuses().values().stream().mapToLong(Long::longValue).sum());
        }
    }

    /** Answers in turn: 200 with a length, 201 chunked and closing, and so on. */
    private static void serve(ServerSocket server, AtomicInteger served) {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                OutputStream out = s.getOutputStream();
                while (true) {
                    String line = in.readLine();
                    if (line == null) {
                        break;
                    }
                    while (line != null && !line.isEmpty()) {
                        line = in.readLine();
                    }
                    int n = served.incrementAndGet();
                    if (n % 2 == 1) {
                        String body = "{\"n\":" + n + "}";
                        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                        + body.length() + "\r\n\r\n" + body)
                                .getBytes(StandardCharsets.UTF_8));
                        out.flush();
                    } else {
                        out.write(("HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                                        + "5\r\nhello\r\n7\r\n, world\r\n0\r\n\r\n")
                                .getBytes(StandardCharsets.UTF_8));
                        out.flush();
                        break;
                    }
                }
            } catch (IOException e) {
                return;
            }
        }
    }
}
