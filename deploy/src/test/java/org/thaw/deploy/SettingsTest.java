package org.thaw.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The mail settings the launcher hands to the wars, and the cluster mode's settings. */
class SettingsTest {

    private static Settings with(Map<String, String> env) {
        return new Settings(
                        Path.of("data"),
                        Path.of("runtime"),
                        "26",
                        8080,
                        8180,
                        5433,
                        Optional.empty(),
                        Optional.empty(),
                        "512m",
                        Map.of())
                .withEnv(env);
    }

    @Test
    void withoutAnSmtpHostNothingIsPassedAndMailIsOff() {
        assertTrue(with(Map.of("THAW_SMTP_PORT", "2525", "THAW_SMTP_FROM", "x@example.org"))
                .smtp()
                .isEmpty());
    }

    @Test
    void theSmtpVariablesBecomeTheWarsSettings() {
        Map<String, String> smtp = with(Map.of(
                        "THAW_SMTP_HOST",
                        "smtp.example.org",
                        "THAW_SMTP_PORT",
                        "587",
                        "THAW_SMTP_USER",
                        "thaw",
                        "THAW_SMTP_PASSWORD",
                        "s3cret",
                        "THAW_SMTP_STARTTLS",
                        "true"))
                .smtp();
        assertEquals(
                Map.of(
                        "thaw.smtp.host",
                        "smtp.example.org",
                        "thaw.smtp.port",
                        "587",
                        "thaw.smtp.user",
                        "thaw",
                        "thaw.smtp.password",
                        "s3cret",
                        "thaw.smtp.starttls",
                        "true"),
                smtp);
    }

    @Test
    void aPortThatIsNoPortIsRefusedByTheLauncher() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> with(Map.of(
                        "THAW_SMTP_HOST", "smtp.example.org", "THAW_SMTP_PORT", "smtp"))
                .smtp());
        assertTrue(e.getMessage().startsWith("THAW_SMTP_PORT"), e.getMessage());
    }

    @Test
    void linksPointAtTheBaseUrlOrTheLocalPort() {
        assertEquals("http://localhost:8080", with(Map.of()).publicUrl());
        assertEquals(
                "https://thaw.example.org",
                with(Map.of("THAW_BASE_URL", "https://thaw.example.org/")).publicUrl());
    }

    @Test
    void theClusterModeDefaultsToTwoInstancesNextToTheBalancerInOneLoopbackGrid() {
        Settings cluster = with(Map.of("THAW_CLUSTER", "true"));
        assertTrue(cluster.clustered());
        assertEquals(2, cluster.instances());
        assertEquals(8081, cluster.instancePort(0));
        assertEquals(8082, cluster.instancePort(1));
        assertEquals("tcpip:127.0.0.1:6900,127.0.0.1:6901", cluster.clusterMode());
        assertEquals(
                List.of(
                        "--name",
                        "thaw-2",
                        "--clustername",
                        "thaw",
                        "--clustermode",
                        "tcpip:127.0.0.1:6900,127.0.0.1:6901",
                        "--startport",
                        "6901",
                        "--interfaces",
                        "127.0.0.1",
                        "--nohostaware"),
                PayaraServer.Instance.member(cluster, 1).gridArguments());
        assertEquals(
                List.of("-Dhazelcast.socket.bind.any=false"),
                PayaraServer.Instance.member(cluster, 1).jvmArguments());
    }

    @Test
    void theSingleInstanceHasALoopbackGridOfItsOwnNamedAfterItsPort() {
        PayaraServer.Instance single = PayaraServer.Instance.single(with(Map.of("THAW_HAZELCAST_PORT", "7100")));
        assertEquals(
                List.of(
                        "--clustername",
                        "thaw-8080",
                        "--clustermode",
                        "tcpip:127.0.0.1:7100",
                        "--startport",
                        "7100",
                        "--interfaces",
                        "127.0.0.1",
                        "--nohostaware"),
                single.gridArguments());
        assertFalse(single.gridArguments().contains("--nocluster"), "--nocluster listens on every interface");
        assertEquals(List.of("-Dhazelcast.socket.bind.any=false"), single.jvmArguments());
    }

    @Test
    void anOperatorsDiscoveryLeavesTheGridOnEveryInterface() {
        Settings cluster =
                with(Map.of("THAW_CLUSTER", "true", "THAW_CLUSTER_MODE", "dns:thaw-grid.example.internal:6900"));
        assertEquals(List.of(), PayaraServer.Instance.member(cluster, 0).jvmArguments());
    }

    @Test
    void theClusterModeTakesItsPortsDiscoveryAndSize() {
        Settings cluster = with(Map.of(
                "THAW_CLUSTER", "true",
                "THAW_INSTANCES", "3",
                "THAW_INSTANCE_PORT", "9001",
                "THAW_HAZELCAST_PORT", "7000",
                "THAW_CLUSTER_MODE", "dns:thaw-grid.example.internal:7000"));
        assertEquals(9003, cluster.instancePort(2));
        assertEquals(7002, cluster.hazelcastPort(2));
        assertEquals("dns:thaw-grid.example.internal:7000", cluster.clusterMode());
        assertFalse(PayaraServer.Instance.member(cluster, 0).gridArguments().contains("--interfaces"));
        assertFalse(with(Map.of()).clustered());
    }

    @Test
    void anInstanceCountOutsideTwoToNineIsRefusedByName() {
        for (String bad : List.of("1", "10", "two", "-2", "2.0")) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> with(Map.of("THAW_INSTANCES", bad))
                            .instances());
            assertEquals("THAW_INSTANCES must be a whole number from 2 to 9, got '" + bad + "'", e.getMessage());
        }
    }

    @Test
    void theBalancerChecksReadinessAndKeepsABrowserOnItsInstance() {
        Settings cluster = with(Map.of("THAW_CLUSTER", "true", "THAW_INSTANCE_PORT", "9001"));
        String config = LoadBalancer.configuration(
                cluster, List.of(PayaraServer.Instance.member(cluster, 0), PayaraServer.Instance.member(cluster, 1)));
        assertTrue(config.contains("    bind :8080\n"), config);
        assertTrue(config.contains("    balance roundrobin\n"), config);
        assertTrue(config.contains("    option httpchk GET /health/ready\n"), config);
        assertTrue(config.contains("    cookie THAW_NODE insert indirect nocache httponly\n"), config);
        assertTrue(config.contains("    option redispatch\n"), config);
        assertTrue(config.contains("    server thaw-1 127.0.0.1:9001 check cookie thaw-1\n"), config);
        assertTrue(config.contains("    server thaw-2 127.0.0.1:9002 check cookie thaw-2\n"), config);
    }
}
