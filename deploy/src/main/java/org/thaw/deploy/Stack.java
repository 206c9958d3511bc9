package org.thaw.deploy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.thaw.platform.schema.DatabaseSetup;
import org.thaw.platform.schema.DatabaseSetup.Login;

/**
 * The whole local stack, started in order (database and migrations, Keycloak, demo data, Payara)
 * and stopped in reverse. Used by the launcher and by the end-to-end tests.
 */
public final class Stack implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Stack.class.getName());
    static final String PAYARA = "Payara Micro";
    static final String KEYCLOAK = "Keycloak";
    static final String POSTGRESQL = "PostgreSQL";

    /**
     * A part of the stack whose process ended without the stack stopping it.
     *
     * @param part {@link #PAYARA}, {@link #KEYCLOAK} or {@link #POSTGRESQL}
     * @param how how it ended, e.g. {@code killed by signal 9 (SIGKILL)}
     * @param log where its output went
     */
    record Exit(String part, String how, Path log) {}

    static final String DATABASE = "thaw";
    static final String OWNER_ROLE = "thaw_owner";
    static final String APP_ROLE = "thaw_app";

    private final Settings settings;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    /** The running parts, kept so a reliability test can stop, kill and start them again. */
    private EmbeddedDatabase database;

    private KeycloakServer keycloak;
    private String keycloakRealm;
    private String keycloakAdminPassword;
    /** The local realm's thaw-fhir-reader client secret; null with an external Keycloak. */
    private String fhirReaderSecret;

    private PayaraServer payara;
    /** The cluster mode's instances, by index (null while one is not running); empty otherwise. */
    private final List<PayaraServer> members = new ArrayList<>();

    private LoadBalancer balancer;
    private Map<String, String> payaraProperties;
    private volatile boolean closing;
    private FileLock lock;
    private FileChannel lockChannel;
    private String appJdbcUrl;
    private Login appLogin;
    private Login ownerLogin;

    private Stack(Settings settings) {
        this.settings = settings;
    }

    /** Starts everything; on failure, stops what had started and rethrows. */
    public static Stack start(Settings settings) throws Exception {
        Stack stack = new Stack(settings);
        try {
            stack.startAll();
            return stack;
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
    }

    /** A stack that has not started yet: {@link #startAll()} starts it, {@link #close()} stops what started. */
    static Stack prepare(Settings settings) {
        return new Stack(settings);
    }

    void startAll() throws Exception {
        Files.createDirectories(settings.dataDir());
        lockDataFolder();
        requireFreePorts();
        Secrets secrets = Secrets.in(settings.dataDir());

        Instant t0 = Instant.now();
        prepareDatabase(secrets);
        LOG.info(() -> "Database ready (" + seconds(t0) + ")");

        Instant t1 = Instant.now();
        String portalSecret;
        String clinicianSecret;
        String adminSecret;
        Settings mail = settings;
        if (settings.externalIssuer().isPresent()) {
            portalSecret = required("THAW_OIDC_SECRET_THAW_PORTAL");
            clinicianSecret = required("THAW_OIDC_SECRET_THAW_CLINICIAN");
            adminSecret = required("THAW_OIDC_SECRET_THAW_ADMIN");
        } else {
            portalSecret = secrets.get("oidc.thaw-portal");
            clinicianSecret = secrets.get("oidc.thaw-clinician");
            fhirReaderSecret = secrets.get("oidc.thaw-fhir-reader");
            adminSecret = secrets.get("oidc.thaw-admin");
            if (settings.get("THAW_SMTP_HOST").isEmpty()) {
                // no mail server named: Keycloak's invitations and Thaw's notifications are kept locally
                MailCatcher catcher = MailCatcher.start(settings.dataDir().resolve("mail"), settings.mailCatcherPort());
                started.push(catcher);
                mail = settings.withEnv(
                        Map.of("THAW_SMTP_HOST", "127.0.0.1", "THAW_SMTP_PORT", String.valueOf(catcher.port())));
            }
            Map<String, String> values = new LinkedHashMap<>(mail.realmSmtp());
            values.put("THAW_BASE_URL", settings.baseUrl());
            values.put("PORTAL_SECRET", portalSecret);
            values.put("CLINICIAN_SECRET", clinicianSecret);
            values.put("ADMIN_SECRET", adminSecret);
            values.put("FHIR_READER_SECRET", fhirReaderSecret);
            String realm = RealmTemplate.local(values);
            keycloakRealm = realm;
            keycloakAdminPassword = secrets.get("keycloak.admin");
            keycloak = KeycloakServer.start(settings, realm, keycloakAdminPassword);
            started.push(() -> {
                if (keycloak != null) {
                    keycloak.close();
                }
            });
            LOG.info(() -> "Keycloak ready (" + seconds(t1) + ")");
        }

        Instant t2 = Instant.now();
        Map<String, String> props = new LinkedHashMap<>();
        props.put("thaw.db.url", appJdbcUrl);
        props.put("thaw.db.user", appLogin.user());
        props.put("thaw.db.password", appLogin.password());
        props.put("thaw.oidc.issuer", settings.issuer());
        props.put("thaw.oidc.secret.thaw-portal", portalSecret);
        props.put("thaw.oidc.secret.thaw-clinician", clinicianSecret);
        props.put("thaw.oidc.secret.thaw-admin", adminSecret);
        props.put("thaw.base.url", settings.publicUrl());
        props.putAll(mail.smtp());
        settings.get("THAW_CHECKS_MINUTE").ifPresent(minute -> props.put("thaw.checks.minute", minute));
        payaraProperties = Map.copyOf(props);
        if (settings.clustered()) {
            startCluster();
            LOG.info(() -> settings.instances() + " Payara Micro instances ready in one data grid, HAProxy in"
                    + " front (" + seconds(t2) + ")");
            return;
        }
        payara = PayaraServer.start(settings, props);
        started.push(() -> {
            if (payara != null) {
                payara.close();
            }
        });
        LOG.info(() -> "Payara Micro ready with both apps (" + seconds(t2) + ")");
    }

    /**
     * The cluster mode: the instances one after the other (each joins the data grid of those
     * before it), then HAProxy in front once all are ready. Not all at once: on two busy cores the
     * wars of two instances deploying together waited past their database pools' 2 s for a first
     * connection, and a war whose deployment fails stays missing (its pages answer 404).
     */
    private void startCluster() throws IOException, InterruptedException {
        started.push(() -> {
            for (int i = 0; i < members.size(); i++) {
                stopMember(i);
            }
        });
        for (int i = 0; i < settings.instances(); i++) {
            members.add(null);
            for (int attempt = 1; members.get(i) == null; attempt++) {
                PayaraServer member =
                        PayaraServer.launch(settings, payaraProperties, PayaraServer.Instance.member(settings, i));
                members.set(i, member);
                try {
                    member.awaitReady();
                } catch (PayaraServer.DeploymentFailed e) {
                    members.set(i, null);
                    if (attempt == 2) {
                        throw e;
                    }
                    LOG.warning(e.getMessage() + "; starting it once more");
                    continue;
                }
                LOG.info(() -> member.instance().part() + " ready on "
                        + member.instance().url());
            }
        }
        balancer = LoadBalancer.start(settings, instances());
        started.push(() -> {
            if (balancer != null) {
                balancer.close();
            }
        });
    }

    /** The cluster mode's instances (empty in the single mode). */
    public List<PayaraServer.Instance> instances() {
        List<PayaraServer.Instance> all = new ArrayList<>();
        for (int i = 0; i < settings.instances() && settings.clustered(); i++) {
            all.add(PayaraServer.Instance.member(settings, i));
        }
        return all;
    }

    /** The process of the cluster's instance {@code i} (from 0), or 0 while it does not run. */
    public synchronized long instancePid(int i) {
        PayaraServer member = members.get(i);
        return member == null ? 0 : member.pid();
    }

    /** Kills the cluster's instance {@code i} with SIGKILL, as {@code kill -9}, and waits until it is gone. */
    public synchronized void killInstance(int i) {
        PayaraServer member = members.get(i);
        if (member != null) {
            member.kill();
            members.set(i, null);
        }
    }

    /** Starts the cluster's instance {@code i} again; it joins the data grid and HAProxy takes it back once ready. */
    public synchronized void startInstance(int i) throws IOException, InterruptedException {
        if (members.get(i) == null) {
            PayaraServer member =
                    PayaraServer.launch(settings, payaraProperties, PayaraServer.Instance.member(settings, i));
            members.set(i, member);
            member.awaitReady();
        }
    }

    private synchronized void stopMember(int i) {
        PayaraServer member = members.get(i);
        if (member != null) {
            member.close();
            members.set(i, null);
        }
    }

    /** Creates roles and database (embedded), migrates, and loads the demo data once. */
    private void prepareDatabase(Secrets secrets) throws IOException, SQLException {
        if (settings.externalDbUrl().isPresent()) {
            appJdbcUrl = settings.externalDbUrl().get();
            appLogin = new Login(required("THAW_DB_APP_USER"), required("THAW_DB_APP_PASSWORD"));
            ownerLogin = new Login(required("THAW_DB_OWNER_USER"), required("THAW_DB_OWNER_PASSWORD"));
            migrate(appJdbcUrl, ownerLogin, appLogin.user());
        } else {
            EmbeddedDatabase db = EmbeddedDatabase.start(settings.dataDir(), settings.dbPort());
            database = db;
            started.push(() -> {
                if (database != null) {
                    database.close();
                }
            });
            ownerLogin = new Login(OWNER_ROLE, secrets.get("db.owner"));
            appLogin = new Login(APP_ROLE, secrets.get("db.app"));
            DatabaseSetup.ensureRolesAndDatabase(db.adminUrl(), "postgres", "", DATABASE, ownerLogin, appLogin);
            appJdbcUrl = DatabaseSetup.jdbcUrl("localhost", settings.dbPort(), DATABASE);
            migrate(appJdbcUrl, ownerLogin, appLogin.user());
        }
        if (settings.externalIssuer().isEmpty()
                && DemoData.loadOnce(appJdbcUrl, ownerLogin.user(), ownerLogin.password())) {
            LOG.info("Demo data loaded (anchored to today)");
        }
    }

    static void migrate(String jdbcUrl, Login owner, String appRole) {
        var result = DatabaseSetup.migrate(jdbcUrl, owner, appRole);
        LOG.info(() -> "Migrations: " + result.migrationsExecuted + " applied, schema at version "
                + (result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion));
    }

    private String required(String envName) {
        return settings.get(envName)
                .orElseThrow(() -> new IllegalStateException(
                        envName + " must be set when an external database or Keycloak is configured"));
    }

    /**
     * Refuses to start when a port the stack would listen on is taken: otherwise a readiness check
     * could be answered by whatever already listens there (another Thaw, say), and the stack would
     * seem to run code it does not.
     */
    private void requireFreePorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("THAW_HTTP_PORT", settings.httpPort());
        if (settings.clustered()) {
            for (int i = 0; i < settings.instances(); i++) {
                ports.put("THAW_INSTANCE_PORT (instance " + (i + 1) + ")", settings.instancePort(i));
                ports.put("THAW_HAZELCAST_PORT (instance " + (i + 1) + ")", settings.hazelcastPort(i));
            }
        }
        if (settings.externalIssuer().isEmpty()) {
            ports.put("THAW_KEYCLOAK_PORT", settings.keycloakPort());
        }
        if (settings.externalDbUrl().isEmpty()) {
            ports.put("THAW_DB_PORT", settings.dbPort());
        }
        if (settings.externalIssuer().isEmpty()
                && settings.get("THAW_SMTP_HOST").isEmpty()) {
            ports.put("THAW_MAIL_CATCHER_PORT", settings.mailCatcherPort());
        }
        ports.forEach((name, port) -> {
            try (ServerSocket probe = new ServerSocket()) {
                probe.setReuseAddress(true);
                probe.bind(new InetSocketAddress(port));
            } catch (IOException taken) {
                throw new IllegalStateException("Port " + port + " is already in use (another Thaw, or another"
                        + " program): stop it, or set " + name + " to a free port");
            }
        });
    }

    private void lockDataFolder() throws IOException {
        Path lockFile = settings.dataDir().resolve(".lock");
        lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        lock = lockChannel.tryLock();
        if (lock == null) {
            lockChannel.close();
            throw new IllegalStateException("Another Thaw is already running on " + settings.dataDir()
                    + ": stop it first, or set THAW_DATA_DIR to another folder");
        }
    }

    public Settings settings() {
        return settings;
    }

    /** The system properties every Payara Micro of the stack starts with (database, Keycloak, mail). */
    Map<String, String> payaraProperties() {
        return payaraProperties;
    }

    /** The application role's JDBC URL and login, e.g. for tests that check grants. */
    public String appJdbcUrl() {
        return appJdbcUrl;
    }

    public String appUser() {
        return appLogin.user();
    }

    public String appPassword() {
        return appLogin.password();
    }

    public String ownerUser() {
        return ownerLogin.user();
    }

    public String ownerPassword() {
        return ownerLogin.password();
    }

    /**
     * The local Keycloak's admin API as its bootstrap administrator (accounts for generated
     * patients in the benchmark); only when this stack started its own Keycloak.
     */
    public KeycloakAdmin keycloakAdmin() {
        if (keycloakAdminPassword == null) {
            throw new IllegalStateException("this stack uses an external Keycloak: no local administrator");
        }
        return new KeycloakAdmin("http://localhost:" + settings.keycloakPort(), "thaw", keycloakAdminPassword);
    }

    /**
     * The secret of the local realm's {@code thaw-fhir-reader} client (client credentials for the
     * FHIR API), or empty with an external Keycloak, where production registers its own clients.
     */
    public Optional<String> fhirReaderSecret() {
        return Optional.ofNullable(fhirReaderSecret);
    }

    public long keycloakPid() {
        return keycloak == null ? 0 : keycloak.pid();
    }

    public long payaraPid() {
        return payara == null ? 0 : payara.pid();
    }

    // ---- for the launcher: notice a part that ended and start it again -----------------------

    /** The parts whose process has ended on its own (killed, crashed); empty while all run. */
    synchronized List<Exit> exited() {
        List<Exit> exits = new ArrayList<>();
        if (database != null && !database.isRunning()) {
            exits.add(new Exit(
                    POSTGRESQL, "its server process is gone", settings.dataDir().resolve("postgres")));
        }
        if (keycloak != null) {
            keycloak.process().rememberTree();
            if (!keycloak.process().isAlive()) {
                exits.add(new Exit(
                        KEYCLOAK,
                        keycloak.process().exitDescription(),
                        keycloak.process().log()));
            }
        }
        List<ChildProcess> others = new ArrayList<>();
        if (payara != null) {
            others.add(payara.process());
        }
        members.stream().filter(m -> m != null).forEach(m -> others.add(m.process()));
        if (balancer != null) {
            others.add(balancer.process());
        }
        for (ChildProcess child : others) {
            child.rememberTree();
            if (!child.isAlive()) {
                exits.add(new Exit(child.name(), child.exitDescription(), child.log()));
            }
        }
        return exits;
    }

    /**
     * Starts a part again after it ended: what is left of it is stopped first (a start script's
     * orphaned java, say), then it starts with the same settings and waits until it is ready.
     */
    synchronized void restart(String part) throws IOException, InterruptedException {
        switch (part) {
            case PAYARA -> {
                if (payara != null) {
                    payara.close();
                    payara = null;
                }
                startPayara();
            }
            case KEYCLOAK -> {
                stopKeycloak();
                startKeycloak();
            }
            case POSTGRESQL -> {
                if (database != null) {
                    try {
                        database.close();
                    } catch (IOException | RuntimeException alreadyGone) {
                        LOG.log(Level.FINE, "PostgreSQL stop after its exit", alreadyGone);
                    }
                    database = null;
                }
                startDatabase();
            }
            case LoadBalancer.PART -> {
                if (balancer != null) {
                    balancer.close();
                    balancer = null;
                }
                balancer = LoadBalancer.start(settings, instances());
            }
            default -> {
                int member = memberIndex(part);
                stopMember(member);
                startInstance(member);
            }
        }
    }

    private int memberIndex(String part) {
        for (int i = 0; i < members.size(); i++) {
            if (PayaraServer.Instance.member(settings, i).part().equals(part)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no part named " + part);
    }

    // ---- for reliability tests: stop, kill and start parts of a running stack ----------------

    /** Kills Payara Micro with SIGKILL (no shutdown of any kind) and waits until it is gone. */
    public synchronized void killPayara() {
        if (payara != null) {
            payara.kill();
            payara = null;
        }
    }

    /** Starts Payara Micro again with the same settings, against the same database and Keycloak. */
    public synchronized void startPayara() throws IOException, InterruptedException {
        if (payara == null) {
            payara = PayaraServer.start(settings, payaraProperties);
        }
    }

    /** Stops the embedded PostgreSQL cleanly (a fast shutdown); its data stays. */
    public synchronized void stopDatabase() throws IOException {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    /** Starts the embedded PostgreSQL again on its data folder (after a crash: its own recovery from the WAL). */
    public synchronized void startDatabase() throws IOException {
        if (database == null && settings.externalDbUrl().isEmpty()) {
            database = EmbeddedDatabase.start(settings.dataDir(), settings.dbPort());
        }
    }

    /** The PostgreSQL server's own process (the postmaster), or 0 when it is not running. */
    public long databasePid() {
        return database == null ? 0 : database.pid();
    }

    /** Stops Keycloak; the realm and its sessions are in its own database, kept for a restart. */
    public synchronized void stopKeycloak() {
        if (keycloak != null) {
            keycloak.close();
            keycloak = null;
        }
    }

    /** Starts the local Keycloak again (the realm is already imported). */
    public synchronized void startKeycloak() throws IOException, InterruptedException {
        if (keycloak == null && keycloakRealm != null) {
            keycloak = KeycloakServer.start(settings, keycloakRealm, keycloakAdminPassword);
        }
    }

    /** Whether the stack is stopping (or stopped): then nothing is started again. */
    boolean isClosing() {
        return closing;
    }

    @Override
    public void close() {
        closing = true;
        closeParts();
    }

    private synchronized void closeParts() {
        while (!started.isEmpty()) {
            AutoCloseable part = started.pop();
            try {
                part.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "could not stop " + part.getClass().getSimpleName() + " cleanly", e);
            }
        }
        try {
            if (lock != null) {
                lock.release();
                lockChannel.close();
                lock = null;
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "lock release", e);
        }
    }

    static String seconds(Instant since) {
        return String.format("%.1f s", Duration.between(since, Instant.now()).toMillis() / 1000.0);
    }
}
