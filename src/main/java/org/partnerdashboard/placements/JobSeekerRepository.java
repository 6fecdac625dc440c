package org.partnerdashboard.placements;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JobSeekerRepository extends JpaRepository<JobSeeker, Long> {

    /** Same name (ignoring case), or same email or phone: the people a new record may duplicate. */
    @Query("""
            select s from JobSeeker s where (:excludeId is null or s.id <> :excludeId)
            and ((lower(s.firstName) = :first and lower(s.lastName) = :last)
                 or (:email is not null and lower(s.email) = :email)
                 or (:phone is not null and s.phone = :phone))
            order by s.lastName, s.firstName""")
    List<JobSeeker> findLookalikes(Long excludeId, String first, String last, String email, String phone,
            Pageable pageable);
}
