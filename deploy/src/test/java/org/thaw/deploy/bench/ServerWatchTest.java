package org.thaw.deploy.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The JIT figure that ends the concurrent warm-up: if the compiler threads were not found, their
 * share would read 0 and the warm-up would stop after its first block, whatever the server did.
 */
class ServerWatchTest {

    @Test
    void finds_this_jvms_jit_compiler_threads_and_their_cpu() {
        long pid = ProcessHandle.current().pid();
        Map<Long, Double> compilers = ServerWatch.compilerThreadsCpu(pid);
        assertFalse(compilers.isEmpty(), "the C1 and C2 compiler threads of this JVM, by name");
        double jit =
                compilers.values().stream().mapToDouble(Double::doubleValue).sum();
        double all =
                ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos() / 1e9;
        assertTrue(jit >= 0 && jit <= all, () -> "compiler CPU " + jit + " s of this JVM's " + all + " s");
    }
}
