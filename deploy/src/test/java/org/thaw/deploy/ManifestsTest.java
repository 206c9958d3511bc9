package org.thaw.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The production manifests in {@code deploy/production}, read structurally (no cluster, no
 * download): the Compose file, HAProxy's configuration, the app image's Dockerfile and the
 * Kubernetes manifests agree on ports and health paths, run two instances or more in one data grid
 * (TCP/IP members in Compose, the Kubernetes API in Kubernetes, never multicast), and take every
 * credential from the environment or a Secret, never written in the files.
 */
class ManifestsTest {

    private static final Path PRODUCTION = Path.of("production");
    private static final Path KUBERNETES = PRODUCTION.resolve("kubernetes");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|SECRET).*");
    private static final Pattern FROM_ENVIRONMENT = Pattern.compile("\\$\\{[A-Z0-9_]+(:[?-][^}]*)?}.*");
    private static final int APP_PORT = 8080;
    private static final int GRID_PORT = 6900;
    /** The one setting the Deployment writes itself: it names the pod's namespace, which only it knows. */
    private static final Set<String> WRITTEN_IN_THE_DEPLOYMENT = Set.of("THAW_CLUSTER_MODE");

    // ---- Compose and HAProxy ----

    @Test
    void composeRunsTheDatabaseKeycloakTwoInstancesAndTheLoadBalancer() throws IOException {
        Map<String, Object> services =
                map(yaml(PRODUCTION.resolve("compose.yaml")).get("services"));
        assertTrue(
                services.keySet().containsAll(Set.of("db", "keycloak", "thaw-1", "thaw-2", "haproxy")),
                services.keySet()::toString);
        Map<String, Object> first = map(services.get("thaw-1"));
        Map<String, Object> second = map(services.get("thaw-2"));
        assertEquals(first.get("image"), second.get("image"), "both instances run the same image");
        assertEquals(List.of(String.valueOf(APP_PORT), String.valueOf(GRID_PORT)), first.get("expose"));
        String realm = list(map(services.get("keycloak")).get("volumes")).stream()
                .map(String::valueOf)
                .filter(v -> v.contains("/data/import/"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Keycloak imports no realm"));
        Path template =
                PRODUCTION.resolve(realm.substring(0, realm.indexOf(':'))).normalize();
        assertTrue(Files.exists(template), "the realm template Keycloak imports exists: " + template);
        assertTrue(template.endsWith("thaw-realm-production.json"), "the production realm, not the local one");
    }

    @Test
    void composeInstancesFormOneDataGridListingEveryInstance() throws IOException {
        Map<String, Object> services =
                map(yaml(PRODUCTION.resolve("compose.yaml")).get("services"));
        List<String> instances = services.keySet().stream()
                .filter(name -> name.matches("thaw-[0-9]+"))
                .sorted()
                .toList();
        Set<String> members =
                instances.stream().map(name -> name + ":" + GRID_PORT).collect(Collectors.toSet());
        for (String instance : instances) {
            String mode = String.valueOf(
                    map(map(services.get(instance)).get("environment")).get("THAW_CLUSTER_MODE"));
            assertTrue(mode.startsWith("tcpip:"), instance + " finds the others by TCP/IP: " + mode);
            assertEquals(
                    members,
                    Set.of(mode.substring("tcpip:".length()).split(",")),
                    instance + " lists every instance on the grid port");
            assertTrue(
                    list(map(services.get(instance)).get("expose")).contains(String.valueOf(GRID_PORT)),
                    instance + " opens the grid port to the others");
        }
    }

    @Test
    void composeTakesEveryCredentialFromTheEnvironment() throws IOException {
        Map<String, Object> services =
                map(yaml(PRODUCTION.resolve("compose.yaml")).get("services"));
        List<String> inlined = new ArrayList<>();
        services.forEach((service, definition) -> {
            Object environment = map(definition).get("environment");
            if (environment != null) {
                map(environment).forEach((name, value) -> {
                    if (SECRET_NAME.matcher(name).matches()
                            && !FROM_ENVIRONMENT.matcher(String.valueOf(value)).matches()) {
                        inlined.add(service + "." + name);
                    }
                });
            }
        });
        assertEquals(List.of(), inlined, "credentials written into compose.yaml");
    }

    @Test
    void theLoadBalancerChecksReadinessAndSendsToBothInstancesOnTheAppPort() throws IOException {
        String haproxy = Files.readString(PRODUCTION.resolve("haproxy.cfg"));
        assertTrue(haproxy.contains("option httpchk GET " + PayaraServer.READINESS), "health-checked on readiness");
        assertTrue(haproxy.contains("balance roundrobin"));
        for (String instance : List.of("thaw-1", "thaw-2")) {
            assertTrue(
                    Pattern.compile("server " + instance + " " + instance + ":" + APP_PORT + " check")
                            .matcher(haproxy)
                            .find(),
                    instance + " behind the load balancer on " + APP_PORT);
        }
    }

    @Test
    void theImageRunsTheBuiltWarsOnTheAppPortWithTheLaunchersPreBootCommands() throws IOException {
        String dockerfile = Files.readString(PRODUCTION.resolve("Dockerfile"));
        String start = Files.readString(PRODUCTION.resolve("start.sh"));
        assertTrue(dockerfile.contains("EXPOSE " + APP_PORT + " " + GRID_PORT), "the app and the grid port");
        assertTrue(dockerfile.contains("deploy/production/start.sh /opt/thaw/start.sh"), "the entry point copied");
        assertTrue(dockerfile.contains("ENTRYPOINT [\"/opt/thaw/start.sh\"]"), "started by start.sh");
        assertTrue(start.contains("--port " + APP_PORT));
        for (String built : List.of("payara-micro.jar", "portal.war", "clinician.war")) {
            assertTrue(dockerfile.contains("deploy/target/runtime/" + built), built + " copied from the build");
            assertTrue(
                    Pattern.compile("COPY [^\\n]*deploy/target/runtime/" + Pattern.quote(built)
                                    + " [^\\n]*/opt/thaw/\\n")
                            .matcher(dockerfile)
                            .find(),
                    built + " in the image");
            assertTrue(start.contains("/opt/thaw/" + built), built + " run");
        }
        assertTrue(start.contains("--deploy /opt/thaw/ROOT.war"), "the root app answers every other address");
        assertEquals(
                PayaraServer.PRE_BOOT,
                Files.readString(PRODUCTION.resolve("preboot.txt")),
                "the image boots Payara as the launcher does");
    }

    @Test
    void theImageJoinsTheDataGridItsConfigurationNamesAndRefusesAnyOther() throws Exception {
        String start = Files.readString(PRODUCTION.resolve("start.sh"));
        assertTrue(
                start.contains("--clustername thaw --clustermode \"$THAW_CLUSTER_MODE\" --startport " + GRID_PORT),
                "one grid named thaw, found as THAW_CLUSTER_MODE says, on the grid port");
        assertFalse(start.contains("set -- --nocluster"), "--nocluster listens on every interface");
        assertTrue(
                start.contains("--clustermode tcpip:127.0.0.1:" + GRID_PORT + " --startport " + GRID_PORT
                        + " --interfaces 127.0.0.1"),
                "alone (none): a grid of one on loopback");
        assertTrue(start.contains("-Dhazelcast.socket.bind.any=false"), "and listening there only");
        // run for real with "none", up to the java it starts: a java on the PATH that says its arguments
        Path bin = Files.createTempDirectory("thaw-start-");
        try {
            Path sayArguments = bin.resolve("java");
            Files.writeString(sayArguments, "#!/bin/sh\necho \"$@\"\n");
            sayArguments.toFile().setExecutable(true);
            ProcessBuilder alone =
                    new ProcessBuilder("sh", PRODUCTION.resolve("start.sh").toString());
            alone.environment().put("THAW_CLUSTER_MODE", "none");
            alone.environment().put("PATH", bin + ":" + alone.environment().get("PATH"));
            alone.redirectErrorStream(true);
            Process process = alone.start();
            String said =
                    new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
            assertTrue(process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "start.sh ends");
            assertEquals(0, process.exitValue(), said);
            assertTrue(
                    said.startsWith(
                            "-Dhazelcast.socket.bind.any=false -jar /opt/thaw/payara-micro.jar --clustername thaw"
                                    + " --clustermode tcpip:127.0.0.1:" + GRID_PORT + " --startport " + GRID_PORT
                                    + " --interfaces 127.0.0.1 --nohostaware --rootdir"),
                    said);
        } finally {
            Files.deleteIfExists(bin.resolve("java"));
            Files.delete(bin);
        }
        // run for real: with no mode, or multicast, or anything unknown, it stops before starting Java
        for (String mode : new String[] {null, "", "multicast", "multicast:224.2.2.3,2904", "tcpip:"}) {
            ProcessBuilder sh =
                    new ProcessBuilder("sh", PRODUCTION.resolve("start.sh").toString());
            sh.environment().remove("THAW_CLUSTER_MODE");
            if (mode != null) {
                sh.environment().put("THAW_CLUSTER_MODE", mode);
            }
            sh.redirectErrorStream(true);
            Process process = sh.start();
            String said = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "start.sh ends");
            assertEquals(2, process.exitValue(), () -> "refused: " + mode + ": " + said);
            assertTrue(said.contains("THAW_CLUSTER_MODE must be"), said);
        }
    }

    // ---- Kubernetes ----

    @Test
    void thePodsFormOneDataGridThroughTheKubernetesApiOnTheirGridPort() throws IOException {
        Map<String, Object> deployment = kind("Deployment");
        Map<String, Object> container = container(deployment);
        List<Object> env = list(container.get("env"));
        int namespaceAt = -1;
        String mode = null;
        for (int i = 0; i < env.size(); i++) {
            Map<String, Object> variable = map(env.get(i));
            if ("POD_NAMESPACE".equals(variable.get("name"))) {
                namespaceAt = i;
                assertEquals(
                        "metadata.namespace",
                        map(map(variable.get("valueFrom")).get("fieldRef")).get("fieldPath"),
                        "the pod's own namespace");
            } else if ("THAW_CLUSTER_MODE".equals(variable.get("name"))) {
                assertTrue(namespaceAt >= 0 && namespaceAt < i, "POD_NAMESPACE defined before it is used");
                mode = String.valueOf(variable.get("value"));
            }
        }
        assertNotNull(mode, "THAW_CLUSTER_MODE set");
        assertTrue(mode.startsWith("kubernetes:$(POD_NAMESPACE),"), mode);
        String gridService = mode.substring(mode.indexOf(',') + 1);

        Map<String, Object> gridPort = list(container.get("ports")).stream()
                .map(ManifestsTest::map)
                .filter(p -> "hazelcast".equals(p.get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no port named hazelcast"));
        assertEquals(GRID_PORT, gridPort.get("containerPort"));

        Map<String, Object> podLabels = podLabels(deployment);
        Map<String, Object> serviceSpec = map(named("Service", gridService).get("spec"));
        assertEquals("None", serviceSpec.get("clusterIP"), "headless: the pods' own addresses");
        assertEquals(Boolean.TRUE, serviceSpec.get("publishNotReadyAddresses"), "a starting pod finds the others");
        assertTrue(podLabels
                .entrySet()
                .containsAll(map(serviceSpec.get("selector")).entrySet()));
        Map<String, Object> servicePort = map(list(serviceSpec.get("ports")).get(0));
        assertEquals(GRID_PORT, servicePort.get("port"));
        assertEquals("hazelcast", servicePort.get("targetPort"));

        // the pods' identity may read the members' addresses: get and list on endpoints and pods
        String account = String.valueOf(
                map(map(map(deployment.get("spec")).get("template")).get("spec"))
                        .get("serviceAccountName"));
        named("ServiceAccount", account);
        Map<String, Object> binding = kind("RoleBinding");
        assertTrue(
                list(binding.get("subjects")).stream()
                        .map(ManifestsTest::map)
                        .anyMatch(s -> "ServiceAccount".equals(s.get("kind")) && account.equals(s.get("name"))),
                "the RoleBinding names the pods' ServiceAccount");
        Map<String, Object> roleRef = map(binding.get("roleRef"));
        assertEquals("Role", roleRef.get("kind"));
        Map<String, Object> role = named("Role", String.valueOf(roleRef.get("name")));
        Set<String> readable = new TreeSet<>();
        for (Object item : list(role.get("rules"))) {
            Map<String, Object> rule = map(item);
            if (list(rule.get("verbs")).containsAll(List.of("get", "list"))) {
                list(rule.get("resources")).forEach(r -> readable.add(String.valueOf(r)));
            }
            assertFalse(
                    list(rule.get("verbs")).stream()
                            .anyMatch(v -> !List.of("get", "list", "watch").contains(v)),
                    "read-only: " + rule);
        }
        assertTrue(readable.containsAll(Set.of("endpoints", "pods", "endpointslices")), readable::toString);
    }

    @Test
    void theDeploymentRunsTwoInstancesOrMoreWithProbesOnTheHealthEndpoints() throws IOException {
        Map<String, Object> deployment = kind("Deployment");
        Map<String, Object> spec = map(deployment.get("spec"));
        assertTrue(((Number) spec.get("replicas")).intValue() >= 2, "at least 2 replicas");
        Map<String, Object> container = container(deployment);
        assertEquals("/health/ready", probePath(container, "readinessProbe"));
        assertEquals(PayaraServer.READINESS, probePath(container, "readinessProbe"));
        assertEquals("/health/live", probePath(container, "livenessProbe"));
        assertNotNull(container.get("startupProbe"), "a slow start is not taken for a dead instance");
        Map<String, Object> port = map(list(container.get("ports")).get(0));
        assertEquals(APP_PORT, port.get("containerPort"));
        assertEquals("http", port.get("name"));
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            assertEquals("http", map(map(container.get(probe)).get("httpGet")).get("port"), probe + " on the app port");
        }
        Map<String, Object> resources = map(container.get("resources"));
        assertEquals("1Gi", map(resources.get("requests")).get("memory"), "a 512 MB heap in a 0.6-0.9 GB process");
        assertEquals("1Gi", map(resources.get("limits")).get("memory"));
        assertNotNull(map(resources.get("requests")).get("cpu"));
        assertTrue(
                String.valueOf(kind("ConfigMap").get("data")).contains("-Xmx512m"), "the heap the limit is sized for");
    }

    @Test
    void credentialsComeFromTheSecretAndTheSecretHoldsPlaceholdersOnly() throws IOException {
        Map<String, Object> container = container(kind("Deployment"));
        Map<String, Object> secret = kind("Secret");
        String secretName = String.valueOf(map(secret.get("metadata")).get("name"));
        Set<String> secretKeys = map(secret.get("stringData")).keySet();
        List<String> inlined = new ArrayList<>();
        Set<String> referenced = new TreeSet<>();
        for (Object item : list(container.get("env"))) {
            Map<String, Object> env = map(item);
            String name = String.valueOf(env.get("name"));
            if (env.containsKey("value")) {
                if (!WRITTEN_IN_THE_DEPLOYMENT.contains(name)) {
                    inlined.add(name);
                }
                continue;
            }
            if (map(env.get("valueFrom")).containsKey("fieldRef")) {
                continue; // the pod's own facts (its namespace), no credential
            }
            Map<String, Object> ref = map(map(env.get("valueFrom")).get("secretKeyRef"));
            assertEquals(secretName, ref.get("name"), name + " from the Secret");
            assertTrue(secretKeys.contains(String.valueOf(ref.get("key"))), name + "'s key is in the Secret");
            referenced.add(name);
        }
        assertEquals(List.of(), inlined, "values written into the Deployment");
        assertTrue(
                referenced.containsAll(
                        Set.of("THAW_DB_PASSWORD", "THAW_OIDC_SECRET_THAW_PORTAL", "THAW_OIDC_SECRET_THAW_CLINICIAN")),
                referenced::toString);
        Map<String, Object> settings = map(kind("ConfigMap").get("data"));
        assertEquals(
                List.of(),
                settings.keySet().stream()
                        .filter(k -> SECRET_NAME.matcher(k).matches())
                        .toList(),
                "no credential in the ConfigMap");
        assertEquals(
                Set.of("REPLACE_ME"),
                map(secret.get("stringData")).values().stream()
                        .map(String::valueOf)
                        .collect(Collectors.toSet()),
                "the Secret in the repository holds placeholders, never real values");
    }

    @Test
    void theServiceIngressAndDisruptionBudgetPointAtTheDeploymentsPods() throws IOException {
        Map<String, Object> deployment = kind("Deployment");
        Map<String, Object> podLabels = podLabels(deployment);
        Map<String, Object> service = named("Service", "thaw");
        Map<String, Object> serviceSpec = map(service.get("spec"));
        assertTrue(podLabels
                .entrySet()
                .containsAll(map(serviceSpec.get("selector")).entrySet()));
        Map<String, Object> servicePort = map(list(serviceSpec.get("ports")).get(0));
        assertEquals("http", servicePort.get("targetPort"), "the container port by name");

        Map<String, Object> ingressSpec = map(kind("Ingress").get("spec"));
        Map<String, Object> tls = map(list(ingressSpec.get("tls")).get(0));
        assertNotNull(tls.get("secretName"), "TLS with a certificate Secret");
        Map<String, Object> rule = map(list(ingressSpec.get("rules")).get(0));
        assertTrue(list(tls.get("hosts")).contains(rule.get("host")), "the rule's host is the certificate's");
        Map<String, Object> backend =
                map(map(map(list(map(rule.get("http")).get("paths")).get(0)).get("backend"))
                        .get("service"));
        assertEquals(map(service.get("metadata")).get("name"), backend.get("name"));
        assertEquals(servicePort.get("name"), map(backend.get("port")).get("name"));

        Map<String, Object> pdbSpec = map(kind("PodDisruptionBudget").get("spec"));
        assertTrue(podLabels
                .entrySet()
                .containsAll(
                        map(map(pdbSpec.get("selector")).get("matchLabels")).entrySet()));
        int minAvailable = ((Number) pdbSpec.get("minAvailable")).intValue();
        int replicas = ((Number) map(deployment.get("spec")).get("replicas")).intValue();
        assertTrue(minAvailable >= 1 && minAvailable < replicas, "one instance may go, one always stays");
    }

    @Test
    void onlyThawsPodsReachTheGridPortAndTheAppPortIsOpen() throws IOException {
        Map<String, Object> deployment = kind("Deployment");
        Map<String, Object> podLabels = podLabels(deployment);
        Map<String, Object> spec = map(kind("NetworkPolicy").get("spec"));
        assertTrue(
                podLabels
                        .entrySet()
                        .containsAll(map(map(spec.get("podSelector")).get("matchLabels"))
                                .entrySet()),
                "the policy is on Thaw's pods");
        assertEquals(List.of("Ingress"), list(spec.get("policyTypes")));
        Set<String> open = new TreeSet<>();
        Set<String> fromThawOnly = new TreeSet<>();
        for (Object item : list(spec.get("ingress"))) {
            Map<String, Object> rule = map(item);
            Set<String> ports = new TreeSet<>();
            for (Object port : list(rule.get("ports"))) {
                ports.add(String.valueOf(map(port).get("port")));
            }
            if (rule.get("from") == null) {
                open.addAll(ports);
            } else {
                List<Object> from = list(rule.get("from"));
                assertEquals(1, from.size(), "one source: " + from);
                Map<String, Object> source = map(from.get(0));
                assertEquals(Set.of("podSelector"), source.keySet(), "pods of this namespace, no address range");
                assertEquals(podLabels, map(map(source.get("podSelector")).get("matchLabels")), "Thaw's pods");
                fromThawOnly.addAll(ports);
            }
        }
        assertEquals(Set.of("http"), open, "only the app port is open to the cluster");
        assertEquals(Set.of("hazelcast"), fromThawOnly, "the grid port, from Thaw's pods only");
        Set<String> named = new TreeSet<>();
        for (Object port : list(container(deployment).get("ports"))) {
            named.add(String.valueOf(map(port).get("name")));
        }
        assertEquals(named, new TreeSet<>(Set.of("http", "hazelcast")), "the policy names the container's ports");
    }

    @Test
    void everyManifestIsOneKubernetesObjectWithAKindAndAName() throws IOException {
        try (var files = Files.list(KUBERNETES)) {
            List<Path> manifests =
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            assertFalse(manifests.isEmpty());
            for (Path file : manifests) {
                Map<String, Object> object = yaml(file);
                assertNotNull(object.get("apiVersion"), file + ": apiVersion");
                assertNotNull(object.get("kind"), file + ": kind");
                assertNotNull(map(object.get("metadata")).get("name"), file + ": metadata.name");
            }
        }
    }

    // ---- reading ----

    /** The one object of a kind (more than one is an error: say which by {@link #named}). */
    private static Map<String, Object> kind(String kind) throws IOException {
        List<Map<String, Object>> found = all(kind);
        assertEquals(1, found.size(), () -> "one " + kind + " in " + KUBERNETES);
        return found.get(0);
    }

    private static Map<String, Object> named(String kind, String name) throws IOException {
        return all(kind).stream()
                .filter(o -> name.equals(map(o.get("metadata")).get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " in " + KUBERNETES));
    }

    private static List<Map<String, Object>> all(String kind) throws IOException {
        List<Map<String, Object>> found = new ArrayList<>();
        try (var files = Files.list(KUBERNETES)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                Map<String, Object> object = yaml(file);
                if (kind.equals(object.get("kind"))) {
                    found.add(object);
                }
            }
        }
        return found;
    }

    /** The labels of the Deployment's pods, which every selector must match. */
    private static Map<String, Object> podLabels(Map<String, Object> deployment) {
        return map(map(map(map(deployment.get("spec")).get("template")).get("metadata"))
                .get("labels"));
    }

    private static Map<String, Object> container(Map<String, Object> deployment) {
        Map<String, Object> pod =
                map(map(map(deployment.get("spec")).get("template")).get("spec"));
        return map(list(pod.get("containers")).get(0));
    }

    private static String probePath(Map<String, Object> container, String probe) {
        return String.valueOf(map(map(container.get(probe)).get("httpGet")).get("path"));
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        return new Yaml().load(Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertTrue(value instanceof Map, () -> "expected a mapping, found " + value);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        assertTrue(value instanceof List, () -> "expected a list, found " + value);
        return (List<Object>) value;
    }
}
