package org.partnerdashboard.security;

/** What the audit trail records. */
public enum AuditAction {
    SIGN_IN, SIGN_IN_FAILED, ACCOUNT_LOCKED, SIGN_OUT,
    /** Someone looked at job seekers' personal data (a list or a record). */
    VIEW_PERSONAL_DATA,
    CREATE, UPDATE, DELETE, IMPORT, EXPORT,
    /** A session ended by the server: the account's access changed since sign-in. */
    SESSION_ENDED,
    /** Figures read without an export: a stats API call, a snapshot link opened, a presentation shown. */
    READ
}
