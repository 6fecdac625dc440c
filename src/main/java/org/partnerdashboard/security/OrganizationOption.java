package org.partnerdashboard.security;

import org.partnerdashboard.base.OrganizationKind;

/** An organization a user can belong to. */
public record OrganizationOption(long id, String name, OrganizationKind kind) {
}
