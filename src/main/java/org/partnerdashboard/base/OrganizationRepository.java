package org.partnerdashboard.base;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganizationRepository extends JpaRepository<Organization, Long> {

    List<Organization> findByKindInOrderByName(Collection<OrganizationKind> kinds);

    Optional<Organization> findByName(String name);
}
