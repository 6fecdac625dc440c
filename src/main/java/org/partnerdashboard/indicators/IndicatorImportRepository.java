package org.partnerdashboard.indicators;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorImportRepository extends JpaRepository<IndicatorImport, Long> {
}
