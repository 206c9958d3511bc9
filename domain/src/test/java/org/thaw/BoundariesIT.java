package org.thaw;

import org.thaw.audit.AuditTrailTests;

/**
 * The boundaries as the wars call them, inside one Payara Micro with Hibernate, Bean Validation,
 * the real migrations and the test fixture. Payara Micro starts once per Arquillian test class
 * (about 20 s here), so the tests live by capability in abstract classes, one file each, chained
 * into this one concrete class: one deployment runs them all.
 *
 * <pre>
 * AbstractBoundaryIT          the deployment, shared helpers, how tests share one database
 *  └ CareTeamAccessTests      patient: caseload and the patient's own record
 *   └ JournalBoundaryTests    journal
 *    └ FlagBoundaryTests      flags the journal raises, the daily checks
 *     └ ScreenerBoundaryTests screeners and the flags they raise
 *      └ SafetyAnswerTests    safety answers, committed first
 *       └ SettingsBoundaryTests practice settings
 *        └ MessagingBoundaryTests secure messages
 *         └ MedicationsTests  medications, side-effect reports, MEDICATION_ONSET
 *          └ PaperDiaryTests  past days typed in from a paper diary, and the flags they may raise
 *           └ TimelineTests   one list of dated events across the capabilities
 *            └ PlansTests     treatment plans: revisions, conflicts, the patient's view, check-offs, NOT_IMPROVING
 *             └ CareTeamsTests the admin's care teams: history kept, refusals, who may move patients
 *              └ AuditTrailTests the audit trail's search and export, one event per access of a session
 *               └ BoundariesIT  (this class)
 * </pre>
 */
class BoundariesIT extends AuditTrailTests {}
