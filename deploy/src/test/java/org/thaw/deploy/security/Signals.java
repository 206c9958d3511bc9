package org.thaw.deploy.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Signals Java cannot send itself (stop, continue, quit), through the system's {@code kill}. */
final class Signals {

    private Signals() {}

    /** Sends {@code signal} (STOP, CONT, QUIT...) to the process and, when asked, all it started. */
    static void send(String signal, long pid, boolean withDescendants) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal, String.valueOf(pid)));
        if (withDescendants) {
            ProcessHandle.of(pid).ifPresent(p -> p.descendants().forEach(d -> command.add(String.valueOf(d.pid()))));
        }
        Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IllegalStateException("kill -" + signal + " " + pid + " failed: "
                    + new String(kill.getInputStream().readAllBytes()));
        }
    }

    /** Waits until the process has exited; false when it is still there after {@code seconds}. */
    static boolean awaitExit(long pid, int seconds) throws InterruptedException {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty()) {
            return true;
        }
        try {
            handle.get().onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return !handle.get().isAlive();
        }
    }
}
