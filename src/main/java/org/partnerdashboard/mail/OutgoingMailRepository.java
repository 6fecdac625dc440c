package org.partnerdashboard.mail;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutgoingMailRepository extends JpaRepository<OutgoingMail, Long> {

    Page<OutgoingMail> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);
}
