package org.partnerdashboard.dashboards;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SavedViewRepository extends JpaRepository<SavedView, Long> {

    List<SavedView> findByUsernameOrderByName(String username);

    boolean existsByUsernameAndNameIgnoreCase(String username, String name);
}
