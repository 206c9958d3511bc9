package org.thaw.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.thaw.account.control.AccountRollback;
import org.thaw.account.entity.Invitation;
import org.thaw.audit.boundary.Audit;
import org.thaw.audit.boundary.AuditAction;
import org.thaw.audit.boundary.Audited;
import org.thaw.patient.boundary.CareTeamRole;
import org.thaw.patient.control.Patients;
import org.thaw.patient.entity.CareTeamMember;
import org.thaw.patient.entity.Clinician;
import org.thaw.patient.entity.Language;
import org.thaw.patient.entity.Patient;
import org.thaw.platform.ConflictException;
import org.thaw.platform.Inputs;
import org.thaw.platform.InvalidInputException;
import org.thaw.platform.Queries;
import org.thaw.practice.boundary.SettingDefinition;
import org.thaw.practice.control.PracticeSettings;
import org.thaw.screener.control.Instrument;
import org.thaw.screener.control.InstrumentCatalogue;
import org.thaw.screener.control.ScreenerStore;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.security.boundary.Role;

/**
 * Inviting patients and managing their accounts, for their care team and the practice admin: the
 * patient's record and their Keycloak account are made together or not at all (a refused or failed
 * database write deletes the account again; a failed account call leaves no row), and the record is
 * bound to that account's id. A clinician manages only their care team's patients (others are "not
 * found"); the admin manages any patient's account but opens no chart.
 */
@ApplicationScoped
@Transactional
public class Invitations {

    /** The practice setting: how many hours an invitation's link works. */
    public static final String LIFETIME_HOURS = "invitation.lifetime.hours";

    static final int DEFAULT_LIFETIME_HOURS = 24;

    /** The app an invitation's link ends at: the portal for patients. */
    static final String PORTAL_CLIENT = "thaw-portal";

    /** What an invited patient does first: confirm the address (by following the link) and choose a password. */
    static final List<RequiredAction> PATIENT_ACTIONS =
            List.of(RequiredAction.VERIFY_EMAIL, RequiredAction.UPDATE_PASSWORD);

    /** The app a clinician's invitation link ends at. */
    static final String CLINICIAN_CLIENT = "thaw-clinician";

    /** What an added clinician does first: the patient's actions and a one-time-code app (OTP). */
    static final List<RequiredAction> CLINICIAN_ACTIONS =
            List.of(RequiredAction.VERIFY_EMAIL, RequiredAction.UPDATE_PASSWORD, RequiredAction.CONFIGURE_TOTP);

    @Inject
    Caller caller;

    @Inject
    Patients patients;

    @Inject
    ScreenerStore screeners;

    @Inject
    PracticeSettings settings;

    @Inject
    Inputs inputs;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Inject
    AccountRollback rollback;

    @Inject
    Instance<Accounts> accounts;

    @PersistenceContext(unitName = "thaw")
    EntityManager em;

    /**
     * Invites a patient: their record (language, time zone), their account with the {@code patient}
     * role, the inviting clinician (or the admin's named one) as PRIMARY, the chosen instruments
     * assigned, and the invitation e-mail sent by Keycloak with a link that works for the practice's
     * invitation lifetime.
     *
     * @throws ConflictException naming {@code email} when a patient, clinician or account has that
     *     address; nothing is created
     * @throws AccountsUnavailableException when Keycloak cannot be reached; nothing is created
     */
    @Audited(action = AuditAction.CREATE, recordType = "patient")
    public Invited invitePatient(PatientInvite input) {
        boolean admin = caller.has(Role.ADMIN);
        if (!admin) {
            caller.require(Role.CLINICIAN);
        }
        inputs.check("body", input);
        Optional<ZoneId> zone = zone(input.timeZone());
        Optional<Language> language = Language.ofTag(input.language());
        List<String> intake = intake(input.intake());
        Clinician primary = primary(admin, input.primaryClinician());
        String email = unusedAddress(input.email());
        Accounts keycloak = accounts();
        String userId = keycloak.create(new NewAccount(
                email,
                email,
                input.firstName().trim(),
                input.lastName().trim(),
                Role.PATIENT,
                PATIENT_ACTIONS,
                language.map(Language::tag).orElse(null)));
        rollback.deleteUnlessCommitted(keycloak, userId);

        Instant now = clock.instant();
        Patient patient =
                new Patient(email, input.firstName().trim(), input.lastName().trim(), email, now);
        zone.ifPresent(patient::moveTo);
        language.ifPresent(patient::speak);
        patient.bindAccount(userId);
        em.persist(patient);
        em.persist(new CareTeamMember(patient, primary, CareTeamRole.PRIMARY, now));
        em.flush();
        for (String code : intake) {
            screeners.assign(patient.id(), code, caller.username(), now);
        }
        Duration lifetime = lifetime();
        Invitation invitation = Invitation.ofPatient(patient, userId, caller.username(), now, now.plus(lifetime));
        em.persist(invitation);
        em.flush();
        keycloak.sendActionsEmail(userId, PORTAL_CLIENT, lifetime);
        audit.concerns(patient.id()).record(patient.id());
        return new Invited(
                patient.id(),
                new InvitationView(invitation.status(now), invitation.sentAt(), invitation.expiresAt(), true));
    }

    /**
     * Adds a clinician (the practice admin only): their record and their account with the {@code
     * clinician} role, which must confirm the address, choose a password and set up a one-time-code
     * app (OTP) at first sign-in; the invitation e-mail's link ends at the clinician app.
     *
     * @throws ConflictException naming {@code email} when a patient, clinician or account has that address
     */
    @Audited(action = AuditAction.CREATE, recordType = "clinician")
    public Invited inviteClinician(ClinicianInvite input) {
        caller.require(Role.ADMIN);
        inputs.check("body", input);
        Optional<Language> language = Language.ofTag(input.language());
        String email = unusedAddress(input.email());
        Accounts keycloak = accounts();
        String userId = keycloak.create(new NewAccount(
                email,
                email,
                input.firstName().trim(),
                input.lastName().trim(),
                Role.CLINICIAN,
                CLINICIAN_ACTIONS,
                language.map(Language::tag).orElse(null)));
        rollback.deleteUnlessCommitted(keycloak, userId);
        Instant now = clock.instant();
        Clinician clinician =
                new Clinician(email, input.firstName().trim(), input.lastName().trim(), email, now);
        language.ifPresent(clinician::speak);
        clinician.bindAccount(userId);
        em.persist(clinician);
        Duration lifetime = lifetime();
        Invitation invitation = Invitation.ofClinician(clinician, userId, caller.username(), now, now.plus(lifetime));
        em.persist(invitation);
        em.flush();
        keycloak.sendActionsEmail(userId, CLINICIAN_CLIENT, lifetime);
        audit.record(clinician.id());
        return new Invited(
                clinician.id(),
                new InvitationView(invitation.status(now), invitation.sentAt(), invitation.expiresAt(), true));
    }

    /**
     * The instruments an invitation may assign, by code in the catalogue's order, for the invite
     * page's choices (the care team and the admin; no health data: not audited).
     */
    public List<String> intakeInstruments() {
        if (!caller.has(Role.ADMIN)) {
            caller.require(Role.CLINICIAN);
        }
        return InstrumentCatalogue.standard().codes();
    }

    /** The practice's clinicians by name, with the invitation of those Thaw invited (the practice admin only). */
    @Audited(action = AuditAction.LIST, recordType = "clinician")
    public List<ClinicianView> clinicians() {
        caller.require(Role.ADMIN);
        List<ClinicianView> views = new ArrayList<>();
        for (Clinician clinician : patients.clinicians()) {
            InvitationView invitation = Queries.first(em.createNamedQuery(Invitation.OF_CLINICIAN, Invitation.class)
                            .setParameter("clinicianId", clinician.id()))
                    .map(this::view)
                    .orElse(null);
            views.add(new ClinicianView(clinician.id(), clinician.username(), clinician.displayName(), invitation));
        }
        return views;
    }

    /** The patient's invitation, with its status as of now; empty for a patient who was never invited. */
    @Audited(action = AuditAction.READ, recordType = "invitation")
    public Optional<InvitationView> ofPatient(UUID patientId) {
        Patient patient = manageable(patientId);
        Optional<Invitation> invitation = invitation(patient);
        invitation.ifPresent(i -> audit.record(i.id()));
        return invitation.map(this::view);
    }

    /**
     * Sends the invitation again with a new link (the old one no longer works once a new one is
     * used) and a new expiry; a cancelled invitation is open again.
     *
     * @throws ConflictException naming {@code invitation} when it was accepted
     */
    @Audited(action = AuditAction.UPDATE, recordType = "invitation")
    public InvitationView resend(UUID patientId) {
        Patient patient = manageable(patientId);
        Invitation invitation = invitation(patient).orElseThrow(() -> new RecordNotFoundException("invitation"));
        audit.record(invitation.id());
        InvitationView before = view(invitation);
        if (before.status() == InvitationStatus.ACCEPTED) {
            throw new ConflictException("invitation", "is accepted: the patient's account is in use");
        }
        Accounts keycloak = accounts();
        boolean reopened = before.status() == InvitationStatus.CANCELLED;
        if (reopened) {
            keycloak.enable(invitation.keycloakUserId());
        }
        Duration lifetime = lifetime();
        Instant now = clock.instant();
        invitation.resent(caller.username(), now, now.plus(lifetime));
        em.flush();
        try {
            keycloak.sendActionsEmail(invitation.keycloakUserId(), PORTAL_CLIENT, lifetime);
        } catch (RuntimeException failed) {
            if (reopened) {
                disableQuietly(keycloak, invitation.keycloakUserId());
            }
            throw failed;
        }
        return new InvitationView(invitation.status(now), invitation.sentAt(), invitation.expiresAt(), true);
    }

    /**
     * Cancels an invitation not yet accepted: the account is disabled, so its link opens nothing.
     *
     * @throws ConflictException naming {@code invitation} when it was accepted (disable the account instead)
     */
    @Audited(action = AuditAction.UPDATE, recordType = "invitation")
    public InvitationView cancel(UUID patientId) {
        Patient patient = manageable(patientId);
        Invitation invitation = invitation(patient).orElseThrow(() -> new RecordNotFoundException("invitation"));
        audit.record(invitation.id());
        InvitationView before = view(invitation);
        if (before.status() == InvitationStatus.ACCEPTED) {
            throw new ConflictException(
                    "invitation", "is accepted: the account is in use (disable the account instead)");
        }
        accounts().disable(invitation.keycloakUserId());
        Instant now = clock.instant();
        invitation.cancel(caller.username(), now);
        return new InvitationView(invitation.status(now), invitation.sentAt(), invitation.expiresAt(), false);
    }

    /**
     * Disables the patient's account and ends its sessions: the patient is signed out and refused at
     * their next token refresh (an access token already issued works until it expires, at most 5
     * minutes).
     */
    @Audited(action = AuditAction.UPDATE, recordType = "account")
    public void disableAccount(UUID patientId) {
        Patient patient = manageable(patientId);
        String userId = account(patient);
        audit.record(userId);
        accounts().disable(userId);
    }

    /** Lets the patient's account sign in again. */
    @Audited(action = AuditAction.UPDATE, recordType = "account")
    public void enableAccount(UUID patientId) {
        Patient patient = manageable(patientId);
        String userId = account(patient);
        audit.record(userId);
        accounts().enable(userId);
    }

    /** Whether the patient's account may sign in; empty when there is none or Keycloak cannot be asked. */
    @Audited(action = AuditAction.READ, recordType = "account")
    public Optional<Boolean> accountEnabled(UUID patientId) {
        Patient patient = manageable(patientId);
        try {
            return patient.keycloakUserId()
                    .or(() -> accounts().findByUsername(patient.username()))
                    .flatMap(id -> accounts().state(id))
                    .map(AccountState::enabled);
        } catch (AccountsUnavailableException unavailable) {
            return Optional.empty();
        }
    }

    private InvitationView view(Invitation invitation) {
        Boolean enabled = null;
        try {
            Optional<AccountState> state = accounts().state(invitation.keycloakUserId());
            if (state.isPresent()) {
                enabled = state.get().enabled();
                if (state.get().setUp()) {
                    invitation.accepted(clock.instant());
                }
            }
        } catch (AccountsUnavailableException unavailable) {
            // the status as far as Thaw knows it
        }
        return new InvitationView(
                invitation.status(clock.instant()), invitation.sentAt(), invitation.expiresAt(), enabled);
    }

    /** The account bound to the record; a record made before invitations is bound on first use. */
    private String account(Patient patient) {
        if (patient.keycloakUserId().isPresent()) {
            return patient.keycloakUserId().get();
        }
        String found =
                accounts().findByUsername(patient.username()).orElseThrow(() -> new RecordNotFoundException("account"));
        if (patients.boundTo(found).isPresent()) {
            throw new RecordNotFoundException("account");
        }
        patient.bindAccount(found);
        return found;
    }

    /** A clinician's care-team patient, or any patient for the admin; otherwise "not found". */
    private Patient manageable(UUID patientId) {
        if (patientId != null) {
            audit.concerns(patientId);
        }
        if (caller.has(Role.ADMIN)) {
            Patient patient = patientId == null ? null : em.find(Patient.class, patientId);
            if (patient == null) {
                throw new RecordNotFoundException("patient");
            }
            return patient;
        }
        caller.require(Role.CLINICIAN);
        return patients.visibleToClinician(caller.username(), patientId);
    }

    private Optional<Invitation> invitation(Patient patient) {
        return Queries.first(
                em.createNamedQuery(Invitation.OF_PATIENT, Invitation.class).setParameter("patientId", patient.id()));
    }

    private Clinician primary(boolean admin, String named) {
        String wanted = named == null || named.isBlank() ? null : named.trim();
        if (admin) {
            if (wanted == null) {
                throw new InvalidInputException(
                        "primaryClinician", "is required: the username of the patient's primary clinician");
            }
            return patients.clinician(wanted)
                    .orElseThrow(() -> new InvalidInputException(
                            "primaryClinician", "must be the username of a clinician of the practice"));
        }
        if (wanted != null && !wanted.equals(caller.username())) {
            throw new InvalidInputException(
                    "primaryClinician", "only the practice admin names another primary clinician");
        }
        return patients.clinician(caller.username())
                .orElseThrow(() -> new InvalidInputException(
                        "primaryClinician", "you have no clinician record yet: ask the practice admin"));
    }

    private static List<String> intake(List<String> codes) {
        InstrumentCatalogue catalogue = InstrumentCatalogue.standard();
        List<String> known = new ArrayList<>();
        for (String code : codes) {
            String found = catalogue
                    .find(code == null ? "" : code.trim())
                    .map(Instrument::code)
                    .orElseThrow(() -> new InvalidInputException(
                            "intake", "must list instruments among " + String.join(", ", catalogue.codes())));
            if (!known.contains(found)) {
                known.add(found);
            }
        }
        return known;
    }

    private static Optional<ZoneId> zone(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String v = text.trim();
        try {
            ZoneId zone = ZoneId.of(v);
            if (SettingDefinition.isOffset(zone, v)) {
                throw new InvalidInputException("timeZone", "must be a region such as Europe/Oslo, not an offset");
            }
            return Optional.of(zone);
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "must be a time zone region such as Europe/Oslo");
        }
    }

    private Duration lifetime() {
        int hours = settings.intValue(LIFETIME_HOURS, DEFAULT_LIFETIME_HOURS);
        return Duration.ofHours(hours < 1 ? DEFAULT_LIFETIME_HOURS : hours);
    }

    private Accounts accounts() {
        if (accounts.isUnsatisfied()) {
            throw new AccountsUnavailableException("this app does not manage accounts");
        }
        return accounts.get();
    }

    /**
     * The address as Thaw keeps it (trimmed, in lower case), once neither a record of Thaw (a
     * patient's or a clinician's) nor a Keycloak account (as its address or its username) has it:
     * Thaw's records first, so a known address is refused even while Keycloak is unreachable.
     *
     * @throws ConflictException naming {@code email} when one has it
     */
    private String unusedAddress(String typed) {
        String email = typed.trim().toLowerCase(Locale.ROOT);
        if (patients.emailTaken(email)) {
            throw taken();
        }
        Accounts keycloak = accounts();
        if (keycloak.findByEmail(email).isPresent()
                || keycloak.findByUsername(email).isPresent()) {
            throw taken();
        }
        return email;
    }

    private static ConflictException taken() {
        return new ConflictException("email", "belongs to an account already: each person has one e-mail address");
    }

    private static void disableQuietly(Accounts keycloak, String userId) {
        try {
            keycloak.disable(userId);
        } catch (RuntimeException ignored) {
            // Keycloak is failing anyway; the invitation stays cancelled in Thaw
        }
    }
}
