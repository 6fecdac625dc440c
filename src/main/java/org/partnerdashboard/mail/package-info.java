/** Mail the app sends: over SMTP when configured, otherwise kept in the administrators' outbox. */
package org.partnerdashboard.mail;
