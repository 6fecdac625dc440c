package org.partnerdashboard.placements;

import org.springframework.data.jpa.repository.JpaRepository;

interface JobSeekerRepository extends JpaRepository<JobSeeker, Long> {
}
