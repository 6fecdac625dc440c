package org.partnerdashboard.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PresentationLinkRepository extends JpaRepository<PresentationLink, Long> {

    Optional<PresentationLink> findByTokenHash(String tokenHash);

    List<PresentationLink> findAllByOrderByCreatedAtDesc();

    List<PresentationLink> findByCreatedByOrderByCreatedAtDesc(String createdBy);
}
