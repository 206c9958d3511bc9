package org.thaw.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher's configuration, from environment variables (documented in the README) with
 * system properties of the same name in lower case with dots ({@code THAW_HTTP_PORT} =
 * {@code thaw.http.port}) taking precedence, then the local defaults of the design.
 *
 * @param dataDir where the database, Keycloak and Payara keep their data
 * @param runtimeDir where the build put payara-micro.jar, the wars and Keycloak's archive
 * @param keycloakVersion the Keycloak distribution's version
 * @param httpPort Payara Micro's port (/portal, /clinician)
 * @param keycloakPort the embedded Keycloak's port
 * @param dbPort the embedded PostgreSQL's port
 * @param externalDbUrl a JDBC URL of an external PostgreSQL (then no embedded one starts)
 * @param externalIssuer the issuer URL of an external Keycloak realm (then no embedded one starts)
 * @param payaraHeap Payara's maximum heap, e.g. 512m
 */
public record Settings(
        Path dataDir,
        Path runtimeDir,
        String keycloakVersion,
        int httpPort,
        int keycloakPort,
        int dbPort,
        Optional<String> externalDbUrl,
        Optional<String> externalIssuer,
        String payaraHeap,
        Map<String, String> env) {

    /** The launcher's SMTP variables, passed to the wars as {@code thaw.smtp.*}. */
    private static final List<String> SMTP = List.of(
            "THAW_SMTP_HOST",
            "THAW_SMTP_PORT",
            "THAW_SMTP_FROM",
            "THAW_SMTP_USER",
            "THAW_SMTP_PASSWORD",
            "THAW_SMTP_STARTTLS");

    public static Settings fromEnvironment() {
        Map<String, String> env = System.getenv();
        return new Settings(
                Path.of(value(env, "THAW_DATA_DIR").orElse(".thaw-data"))
                        .toAbsolutePath()
                        .normalize(),
                Path.of(value(env, "THAW_RUNTIME").orElse("deploy/target/runtime"))
                        .toAbsolutePath()
                        .normalize(),
                value(env, "THAW_KEYCLOAK_VERSION").orElse("26.7.3"),
                port(env, "THAW_HTTP_PORT", 8080),
                port(env, "THAW_KEYCLOAK_PORT", 8180),
                port(env, "THAW_DB_PORT", 5433),
                value(env, "THAW_DB_URL"),
                value(env, "THAW_OIDC_ISSUER"),
                value(env, "THAW_PAYARA_HEAP").orElse("512m"),
                env);
    }

    /** The same settings on other ports and another data folder, as the end-to-end tests use. */
    public Settings withPortsAndData(int http, int keycloak, int db, Path data) {
        return new Settings(
                data,
                runtimeDir,
                keycloakVersion,
                http,
                keycloak,
                db,
                Optional.empty(),
                Optional.empty(),
                payaraHeap,
                Map.of());
    }

    /** The same settings with these variables added to the environment, e.g. {@code THAW_SMTP_HOST} in a test. */
    public Settings withEnv(Map<String, String> values) {
        Map<String, String> merged = new HashMap<>(env);
        merged.putAll(values);
        return new Settings(
                dataDir,
                runtimeDir,
                keycloakVersion,
                httpPort,
                keycloakPort,
                dbPort,
                externalDbUrl,
                externalIssuer,
                payaraHeap,
                Map.copyOf(merged));
    }

    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    /** Where people reach the apps, for links in e-mail: {@code THAW_BASE_URL}, else {@link #baseUrl()}. */
    public String publicUrl() {
        String url = get("THAW_BASE_URL").orElse(baseUrl());
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * The SMTP settings for notification e-mails, as the wars read them ({@code THAW_SMTP_HOST}
     * becomes {@code thaw.smtp.host}); empty when no SMTP host is set (e-mail is off), a port that
     * is not one refused here rather than in the wars.
     */
    public Map<String, String> smtp() {
        Map<String, String> smtp = new LinkedHashMap<>();
        if (get("THAW_SMTP_HOST").isEmpty()) {
            return smtp;
        }
        for (String name : SMTP) {
            get(name).ifPresent(v -> smtp.put(name.toLowerCase().replace('_', '.'), v));
        }
        if (smtp.containsKey("thaw.smtp.port")) {
            smtp.put("thaw.smtp.port", String.valueOf(port(env, "THAW_SMTP_PORT", 25)));
        }
        return smtp;
    }

    /** The port of the local mail catcher, which runs when no {@code THAW_SMTP_HOST} is set (default 8025). */
    public int mailCatcherPort() {
        return port(env, "THAW_MAIL_CATCHER_PORT", 8025);
    }

    /**
     * The realm's SMTP server, as the realm template's placeholders take it: Keycloak sends the
     * invitations through the same server as Thaw's notifications ({@code THAW_SMTP_*}).
     */
    public Map<String, String> realmSmtp() {
        Map<String, String> smtp = new LinkedHashMap<>();
        smtp.put("SMTP_HOST", get("THAW_SMTP_HOST").orElse("127.0.0.1"));
        smtp.put("SMTP_PORT", String.valueOf(port(env, "THAW_SMTP_PORT", 25)));
        smtp.put("SMTP_FROM", get("THAW_SMTP_FROM").orElse("thaw@localhost"));
        smtp.put("SMTP_AUTH", String.valueOf(get("THAW_SMTP_USER").isPresent()));
        smtp.put("SMTP_USER", get("THAW_SMTP_USER").orElse(""));
        smtp.put("SMTP_PASSWORD", get("THAW_SMTP_PASSWORD").orElse(""));
        smtp.put(
                "SMTP_STARTTLS",
                String.valueOf(Boolean.parseBoolean(get("THAW_SMTP_STARTTLS").orElse("false"))));
        return smtp;
    }

    /** Whether the launcher runs the cluster mode ({@code THAW_CLUSTER=true}: the {@code cluster} command sets it). */
    public boolean clustered() {
        return Boolean.parseBoolean(get("THAW_CLUSTER").orElse("false"));
    }

    /** In the cluster mode, how many Payara Micro instances run ({@code THAW_INSTANCES}, 2 to 9, default 2). */
    public int instances() {
        String raw = get("THAW_INSTANCES").orElse("2");
        if (!raw.matches("[2-9]")) {
            throw new IllegalArgumentException("THAW_INSTANCES must be a whole number from 2 to 9, got '" + raw + "'");
        }
        return Integer.parseInt(raw);
    }

    /**
     * The HTTP port of instance {@code i} (from 0) in the cluster mode: {@code THAW_INSTANCE_PORT}
     * (default {@code THAW_HTTP_PORT} + 1) for the first, the next ports for the others; the load
     * balancer listens on {@code THAW_HTTP_PORT}.
     */
    public int instancePort(int i) {
        return port(env, "THAW_INSTANCE_PORT", httpPort + 1) + i;
    }

    /** The data grid (Hazelcast) port of instance {@code i}: {@code THAW_HAZELCAST_PORT} (default 6900) + i. */
    public int hazelcastPort(int i) {
        return port(env, "THAW_HAZELCAST_PORT", 6900) + i;
    }

    /**
     * How the instances find each other in the data grid, as Payara Micro's {@code --clustermode}
     * takes it: {@code THAW_CLUSTER_MODE} (e.g. {@code dns:thaw-grid.thaw.svc.cluster.local:6900} for a
     * Kubernetes headless service), else a TCP/IP member list of every local instance on loopback.
     */
    public String clusterMode() {
        return get("THAW_CLUSTER_MODE").orElseGet(() -> {
            List<String> members = new ArrayList<>();
            for (int i = 0; i < instances(); i++) {
                members.add("127.0.0.1:" + hazelcastPort(i));
            }
            return "tcpip:" + String.join(",", members);
        });
    }

    public String issuer() {
        return externalIssuer.orElse("http://localhost:" + keycloakPort + "/realms/thaw");
    }

    /** A value from system properties or the environment this launcher was given. */
    public Optional<String> get(String envName) {
        return value(env, envName);
    }

    static Optional<String> value(Map<String, String> env, String envName) {
        String property = System.getProperty(envName.toLowerCase().replace('_', '.'));
        if (property != null && !property.isBlank()) {
            return Optional.of(property.trim());
        }
        String fromEnv = env.get(envName);
        return fromEnv == null || fromEnv.isBlank() ? Optional.empty() : Optional.of(fromEnv.trim());
    }

    private static int port(Map<String, String> env, String envName, int fallback) {
        String raw = value(env, envName).orElse(null);
        if (raw == null) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(raw);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    envName + " must be a port number between 1 and 65535, got '" + raw + "'");
        }
    }
}
