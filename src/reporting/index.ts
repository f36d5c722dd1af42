/** Audit reporting: content-free records, wire formats, a durable outbox and the batching sender. */
export { toAuditEvent, type AuditMeta, type AuditRecord, type DecisionRecord, type DroppedRecord } from './event';
export { REPORT_FORMATS, serializeBatch, type ReportFormat, type SerializedBatch } from './formats';
export { openReportQueue, REPORTING_DB, type QueuedRecord, type ReportQueue } from './queue';
export { checkReportUrl, createReporter, type FlushResult, type Reporter, type ReporterOptions, type Timers } from './sender';
export { readUserId, requestUserIdPermission, USER_ID_PERMISSIONS, watchUserId, type UserIdApi, type UserIdMeta } from './user-id';
export { isLoopbackHost, reportUrlProblem } from './url';
