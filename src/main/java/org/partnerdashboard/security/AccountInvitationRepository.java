package org.partnerdashboard.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountInvitationRepository extends JpaRepository<AccountInvitation, Long> {

    Optional<AccountInvitation> findByTokenHash(String tokenHash);

    List<AccountInvitation> findByOrganizationIdOrderByCreatedAtDesc(long organizationId);
}
