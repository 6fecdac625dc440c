/** Sign-in, roles per organization, what each role may see (access scope), users and the audit trail. */
package org.partnerdashboard.security;
