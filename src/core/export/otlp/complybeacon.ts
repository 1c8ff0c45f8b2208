/**
 * The log-record attributes a ComplyBeacon collector reads, pinned to the version they were checked
 * against: complytime/complybeacon at {@link COMPLYBEACON_COMMIT} (`model/attributes.yaml`,
 * `docs/attributes/policy.md` and `compliance.md`). Its truthbeam processor needs
 * `policy.rule.id`, `policy.engine.name` and `policy.evaluation.result` to enrich a record (it marks
 * records without them Skipped); the rest is context it passes on.
 *
 * Earlier ComplyBeacon versions named these differently (`policy.id`, `policy.source`,
 * `policy.evaluation.status` until November 2025; `evidence.id`, `policy.decision`, `subject.name`
 * and `subject.uri` before October 2025). The README maps them.
 */
export const COMPLYBEACON_COMMIT = '58b379d2a32437aca7b30671cce8103c59a7c4f0';

export const POLICY_RULE_ID = 'policy.rule.id';
export const POLICY_RULE_NAME = 'policy.rule.name';
export const POLICY_RULE_URI = 'policy.rule.uri';
export const POLICY_ENGINE_NAME = 'policy.engine.name';
export const POLICY_ENGINE_VERSION = 'policy.engine.version';
export const POLICY_EVALUATION_RESULT = 'policy.evaluation.result';
export const POLICY_EVALUATION_MESSAGE = 'policy.evaluation.message';
export const POLICY_TARGET_ID = 'policy.target.id';
export const POLICY_TARGET_NAME = 'policy.target.name';
export const POLICY_TARGET_TYPE = 'policy.target.type';
export const POLICY_TARGET_ENVIRONMENT = 'policy.target.environment';
export const COMPLIANCE_ASSESSMENT_ID = 'compliance.assessment.id';
export const COMPLIANCE_FRAMEWORKS = 'compliance.frameworks';
export const COMPLIANCE_REQUIREMENTS = 'compliance.requirements';
export const COMPLIANCE_REMEDIATION_ACTION = 'compliance.remediation.action';
export const COMPLIANCE_REMEDIATION_EXCEPTION_ACTIVE = 'compliance.remediation.exception.active';
export const COMPLIANCE_REMEDIATION_EXCEPTION_ID = 'compliance.remediation.exception.id';

/** The well-known values of `policy.evaluation.result` at the pinned commit. */
export type EvaluationResult = 'Passed' | 'Failed' | 'Not Run' | 'Needs Review' | 'Not Applicable' | 'Unknown';

/** What `policy.engine.name` says: the Compass service maps (engine, rule, result) to controls. */
export const ENGINE_NAME = 'factstore';
